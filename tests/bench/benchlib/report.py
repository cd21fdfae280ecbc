"""Markdown tables: median (min-max) per column, ratios between columns, targets and "met?".

A Table has value columns (e.g. netjs, node, uv_echo) and ratio columns (e.g. netjs/node). Each
Row holds one Summary per value column (or an error text), a number format and an optional
Target. A Target is a list of Checks on the row's subject column (normally "netjs"): against an
absolute limit or against a multiple of another column, all compared on medians.
"""
from dataclasses import dataclass, field
from typing import Callable, Optional

from .stats import Summary

DASH = "—"


@dataclass(frozen=True)
class Check:
    op: str                      # ">=" or "<="
    factor: float                # the limit, or the multiple of the reference column's median
    ref: Optional[str] = None    # reference column key; None: `factor` is an absolute limit

    def holds(self, value, medians):
        limit = self.factor if self.ref is None else (
            None if medians.get(self.ref) is None else self.factor * medians[self.ref])
        if value is None or limit is None:
            return None
        return value >= limit if self.op == ">=" else value <= limit


@dataclass(frozen=True)
class Target:
    text: str
    checks: tuple

    def met(self, subject, medians):
        results = [c.holds(medians.get(subject), medians) for c in self.checks]
        if any(r is False for r in results):
            return "no"
        if all(r is True for r in results):
            return "yes"
        return "?"


@dataclass
class Row:
    label: str
    cells: dict                          # column key -> Summary, or str (error/note), or None
    fmt: Callable[[float], str]
    target: Optional[Target] = None
    subject: str = "netjs"
    ratio_cols: Optional[tuple] = None   # restrict which ratio columns are filled (None: all)

    def medians(self):
        return {k: v.median for k, v in self.cells.items() if isinstance(v, Summary)}


@dataclass
class Table:
    title: str
    columns: list                         # [(key, heading)]
    ratios: list                          # [(numerator key, denominator key, heading)]
    rows: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def render(self):
        """The table as markdown lines; [] when none of its rows was measured (--only)."""
        body = []
        for row in self.rows:
            if not any(isinstance(v, Summary) or v == "error" for v in row.cells.values()):
                continue
            med = row.medians()
            cells = [row.label]
            for key, _ in self.columns:
                cells.append(format_cell(row.cells.get(key), row.fmt))
            for num, den, heading in self.ratios:
                usable = row.ratio_cols is None or heading in row.ratio_cols
                cells.append(format_ratio(med.get(num), med.get(den)) if usable else DASH)
            cells.append(row.target.text if row.target else DASH)
            cells.append(row.target.met(row.subject, med) if row.target else DASH)
            body.append("| " + " | ".join(cells) + " |")
        if not body:
            return []
        heads = ["metric"] + [h for _, h in self.columns] + [h for *_, h in self.ratios] + ["target", "met?"]
        lines = [f"### {self.title}", "", "| " + " | ".join(heads) + " |",
                 "|" + "|".join(["---"] + ["---:"] * (len(heads) - 3) + ["---", "---"]) + "|"]
        lines += body
        if self.notes:
            lines += [""] + self.notes
        return lines + [""]


def format_cell(cell, fmt):
    if cell is None:
        return DASH
    if isinstance(cell, str):
        return cell
    if cell.n == 1 or cell.low == cell.high:
        return fmt(cell.median)
    return f"{fmt(cell.median)} ({fmt(cell.low)}–{fmt(cell.high)})"


def format_ratio(num, den):
    if num is None or den is None or den == 0:
        return DASH
    return f"{num / den:.2f}×"


def simple_table(title, heads, rows):
    """A plain markdown table of already formatted strings."""
    lines = [f"### {title}", "", "| " + " | ".join(heads) + " |", "|" + "|".join(["---"] * len(heads)) + "|"]
    lines.extend("| " + " | ".join(str(c) for c in r) + " |" for r in rows)
    return lines


# --- number formats ----------------------------------------------------------------------------

def f_int(x):
    return f"{x:.0f}"


def f_1(x):
    return f"{x:.1f}"


def f_2(x):
    return f"{x:.2f}"


def f_mega(x):
    return f"{x / 1e6:.2f} M"


def f_mib(x):
    return f"{x / 1024:.2f}"
