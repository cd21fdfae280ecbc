"""Start-up cost of short commands: instructions, wall time, peak RSS.

- instructions(): `valgrind --tool=callgrind --callgrind-out-file=/dev/null CMD`, the count of the
  "Collected" (= "I refs") line. Nearly independent of machine load, so it is the figure to
  compare between runs.
- wall_ms(): hyperfine when it is installed (-N: no shell in between), else our own loop;
  median/min/max in milliseconds.
- peak_rss_kib(): ru_maxrss of the finished child, from wait4() in the small C helper peak_rss
  (not from Python: the kernel's figure includes the forked child's size before exec).
"""
import json
import os
import re
import shlex
import shutil
import tempfile
import time

from . import procs
from .stats import Summary

_COLLECTED = re.compile(r"^==\d+==\s+Collected\s*:\s*(\d+)", re.M)
_IREFS = re.compile(r"^==\d+==\s+I\s+refs:\s*([\d,]+)", re.M)


def instructions(argv, timeout=300):
    """Instructions executed by argv from exec to exit, counted by callgrind."""
    vg = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv]
    rc, _out, err = procs.run(vg, timeout=timeout)
    m = _COLLECTED.search(err) or _IREFS.search(err)
    if rc != 0 or not m:
        last = err.strip().splitlines()[-1] if err.strip() else ""
        raise procs.ChildFailed(f"callgrind {shlex.join(argv)}: exit status {rc} {last}")
    return int(m.group(1).replace(",", ""))


def have_hyperfine():
    return shutil.which("hyperfine") is not None


def wall_ms(commands, runs, warmup=3, timeout=300):
    """{name: argv} -> {name: Summary of wall time in ms}. All commands must exit 0."""
    if have_hyperfine():
        return _wall_hyperfine(commands, runs, warmup, timeout)
    return {name: _wall_own(argv, runs, warmup, timeout) for name, argv in commands.items()}


def _wall_hyperfine(commands, runs, warmup, timeout):
    names = list(commands)
    fd, json_path = tempfile.mkstemp(prefix="bench-hyperfine-", suffix=".json")
    os.close(fd)
    try:
        argv = ["hyperfine", "-N", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
                "--export-json", json_path, *(shlex.join(commands[n]) for n in names)]
        rc, _out, err = procs.run(argv, timeout=timeout)
        if rc != 0:
            raise procs.ChildFailed(f"hyperfine: {err.strip().splitlines()[-1] if err.strip() else rc}")
        with open(json_path) as f:
            results = json.load(f)["results"]
    finally:
        os.unlink(json_path)
    return {name: Summary.of([t * 1000 for t in r["times"]]) for name, r in zip(names, results)}


def _wall_own(argv, runs, warmup, timeout):
    times = []
    for i in range(warmup + runs):
        t0 = time.perf_counter()
        rc, _out, err = procs.run(argv, timeout=timeout)
        elapsed = time.perf_counter() - t0
        if rc != 0:
            raise procs.ChildFailed(f"{shlex.join(argv)}: exit status {rc}")
        if i >= warmup:
            times.append(elapsed * 1000)
    return Summary.of(times)


def peak_rss_kib(peak_rss_tool, argv, timeout=60):
    """Peak resident set size (KiB) of one run of argv, measured by the C helper peak_rss
    (ru_maxrss from wait4). Returns (peak, floor): figures at or below floor mean "at most floor"."""
    rc, out, err = procs.run([peak_rss_tool, *argv], timeout=timeout)
    result = dict(tok.split("=", 1) for tok in out.split() if "=" in tok)
    if rc != 0 or "peak_rss_kib" not in result:
        raise procs.ChildFailed(f"{shlex.join(argv)}: exit status {result.get('exit', rc)} {err.strip()}")
    return int(result["peak_rss_kib"]), int(result["floor_kib"])
