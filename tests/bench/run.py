#!/usr/bin/env python3
"""netjs benchmark suite driver. Normally run through scripts/bench.sh, which builds the helpers.

  run.py [--quick] [--netjs PATH] [--node PATH] [--bin-dir DIR] [--out FILE] [--runs N]
         [--only GROUP,...]
  run.py --smoke [--bin-dir DIR]

Measures netjs against Node (the same ES5 scripts) and against uv_echo (a plain C libuv echo
server), all in this one run, on 127.0.0.1, and prints markdown tables of median (min–max),
ratios, the performance targets and whether the medians meet them. Progress goes to stderr, the
report to stdout (and to --out FILE). Every server and client is started here, bounded in time
and stopped by its PID, also on Ctrl-C. See tests/bench/README.md.
"""
import argparse
import os
import resource
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ left in the source tree

from benchlib import machine, procs, startup  # noqa: E402
from benchlib.client import Tcpload  # noqa: E402
from benchlib.measure import NetworkBench  # noqa: E402
from benchlib.report import (Check, Row, Table, Target, f_1, f_2, f_int, f_mega, f_mib,  # noqa: E402
                             simple_table)
from benchlib.servers import ServerSpec  # noqa: E402
from benchlib.stats import summarize  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
SCRIPTS = os.path.join(HERE, "servers")

PROFILES = {
    # runs: repetitions of every measurement (a fresh server each time)
    "full": dict(runs=5, rate_secs=3.0, rate_warm=0.5, tput_mb=1000, lat_n=20000, lat_warm=2000,
                 hold_n=5000, wall_runs=30),
    "quick": dict(runs=2, rate_secs=1.0, rate_warm=0.25, tput_mb=256, lat_n=5000, lat_warm=500,
                  hold_n=2000, wall_runs=10),
}
GROUPS = ("startup", "lat", "tput", "memory", "rate")
CONCURRENCY = (1, 16)
HEADLINE = {"rate1": "conn_per_s", "rate16": "conn_per_s", "tput": "mb_per_s", "lat": "p50_us",
            "memory": "bytes_per_conn", "instr": "instructions", "rss": "peak_rss_kib"}


def script(name):
    return os.path.join(SCRIPTS, name)


def server_specs(netjs, node, uv_echo):
    specs = {
        "netjs_data": ServerSpec("netjs_data", "netjs echo_data.js", (netjs, script("echo_data.js"), "{port}")),
        "netjs_pipe": ServerSpec("netjs_pipe", "netjs echo_pipe.js", (netjs, script("echo_pipe.js"), "{port}")),
        "serve": ServerSpec("serve", "netjs serve",
                            (netjs, "serve", "--port", "{port}", "--host", "127.0.0.1")),
        "uv_echo": ServerSpec("uv_echo", "uv_echo", (uv_echo, "{port}")),
    }
    if node:
        specs["node_data"] = ServerSpec("node_data", "node echo_data.js", (node, script("echo_data.js"), "{port}"))
        specs["node_pipe"] = ServerSpec("node_pipe", "node echo_pipe.js", (node, script("echo_pipe.js"), "{port}"))
    return specs


class Results:
    """Samples per (metric, subject), errors, and progress output on stderr."""

    def __init__(self, runs):
        self.runs = runs
        self.samples = {}
        self.summaries = {}   # (metric, subject) -> Summary measured as a whole (wall time)
        self.errors = []

    def measure(self, metric, subject, label, run, fn):
        key = (metric, subject)
        self.samples.setdefault(key, [])
        prefix = f"[{metric}] {label}, run {run + 1}/{self.runs}:"
        try:
            sample = fn()
        except procs.ChildFailed as e:
            self.errors.append(f"{metric} {label} run {run + 1}: {e}")
            progress(f"{prefix} FAILED: {e}")
            return
        self.samples[key].append(sample)
        extra = "".join(f", {name} {sample[f]:.0f}%" for name, f in
                        (("client", "cpu_pct"), ("server", "server_cpu_pct"))
                        if isinstance(sample.get(f), (int, float)))
        value = sample[HEADLINE[metric]]
        progress(f"{prefix} {HEADLINE[metric]}={value:.0f}{extra}" if abs(value) >= 1000
                 else f"{prefix} {HEADLINE[metric]}={value:.4g}{extra}")

    def summary(self, metric, subject, field=None):
        if (metric, subject) in self.summaries:
            return self.summaries[(metric, subject)]
        samples = self.samples.get((metric, subject))
        if samples is None:
            return None
        s = summarize(samples, field or HEADLINE[metric])
        return s if s else "error"


def progress(msg):
    print(msg, file=sys.stderr, flush=True)


# --- the measurement groups ------------------------------------------------------------------

def run_startup(res, prof, netjs, node, floor, peak_rss_tool):
    empty, net_close = script("empty.js"), script("net_listen_close.js")
    counted = {"netjs_empty": [netjs, empty], "netjs_net": [netjs, net_close], "floor_empty": [floor, empty]}
    peak = {"netjs": [netjs, empty], "floor": [floor, empty]}
    if node:
        peak["node"] = [node, empty]
    for run in range(prof["runs"]):
        for subject, argv in counted.items():
            res.measure("instr", subject, f"callgrind {os.path.basename(argv[0])} {os.path.basename(argv[1])}",
                        run, lambda argv=argv: {"instructions": startup.instructions(argv)})
        for subject, argv in peak.items():
            res.measure("rss", subject, f"peak RSS {os.path.basename(argv[0])} empty.js", run,
                        lambda argv=argv: dict(zip(("peak_rss_kib", "floor_kib"),
                                                   startup.peak_rss_kib(peak_rss_tool, argv))))
    progress(f"[wall] {'hyperfine' if startup.have_hyperfine() else 'own timing'}, "
             f"{prof['wall_runs']} runs of each: {', '.join(peak)}")
    for subject, argv in peak.items():
        try:
            summary = startup.wall_ms({subject: argv}, runs=prof["wall_runs"])[subject]
            res.summaries[("wall", subject)] = summary
            progress(f"[wall] {subject}: median {summary.median:.2f} ms")
        except procs.ChildFailed as e:
            res.errors.append(f"wall time {subject}: {e}")
            progress(f"[wall] {subject} FAILED: {e}")
            res.summaries[("wall", subject)] = "error"


def run_network(res, prof, group, bench, specs):
    js_and_ceiling = [k for k in ("netjs_data", "node_data", "serve", "uv_echo") if k in specs]
    for run in range(prof["runs"]):
        if group == "lat":
            for key in [k for k in ("netjs_data", "node_data", "uv_echo") if k in specs]:
                res.measure("lat", key, f"{specs[key].label} 1-byte ping-pong (CPU 0)", run,
                            lambda s=specs[key]: bench.lat(s, prof["lat_n"], prof["lat_warm"], cpu=0))
        elif group == "tput":
            for key in js_and_ceiling:
                res.measure("tput", key, f"{specs[key].label} {prof['tput_mb']} MB echo", run,
                            lambda s=specs[key]: bench.tput(s, prof["tput_mb"]))
        elif group == "memory":
            for key in js_and_ceiling:
                res.measure("memory", key, f"{specs[key].label} {prof['hold_n']} idle connections", run,
                            lambda s=specs[key]: bench.memory(s, prof["hold_n"]))
        elif group == "rate":
            for key in [k for k in ("netjs_data", "node_data", "netjs_pipe", "node_pipe", "serve", "uv_echo")
                        if k in specs]:
                for conc in CONCURRENCY:
                    res.measure(f"rate{conc}", key, f"{specs[key].label} conn/s, {conc} client(s)", run,
                                lambda s=specs[key], c=conc: bench.rate(s, c, prof["rate_secs"], prof["rate_warm"]))


# --- the report -----------------------------------------------------------------------------

def network_table(res, prof, have_node):
    def cells(metric, netjs_key, field=None, node_key=None, uv=True):
        return {"netjs": res.summary(metric, netjs_key, field),
                "node": (res.summary(metric, node_key, field) if have_node else "n/a") if node_key else None,
                "uv": res.summary(metric, "uv_echo", field) if uv else None}

    def at_least(factor, ref):
        return Check(">=", factor, ref)

    def at_most(factor, ref=None):
        return Check("<=", factor, ref)

    t = Table("Network (127.0.0.1; one fresh server per run)",
              [("netjs", "netjs"), ("node", "node v20"), ("uv", "uv_echo (C)")],
              [("netjs", "node", "netjs/node"), ("netjs", "uv", "netjs/uv_echo")])
    serve_only = ("netjs/uv_echo",)
    for conc, node_factor in ((1, 1.5), (16, 2.0)):
        t.rows.append(Row(f"echo_data.js conn/s, {conc} client{'s' if conc > 1 else ''}",
                          cells(f"rate{conc}", "netjs_data", node_key="node_data"), f_int,
                          Target(f"≥{node_factor:g}× node", (at_least(node_factor, "node"),))))
    for conc in CONCURRENCY:
        t.rows.append(Row(f"echo_pipe.js conn/s, {conc} client{'s' if conc > 1 else ''}",
                          cells(f"rate{conc}", "netjs_pipe", node_key="node_pipe"), f_int,
                          Target("≥1.2× node", (at_least(1.2, "node"),))))
    for conc in CONCURRENCY:
        t.rows.append(Row(f"`netjs serve` conn/s, {conc} client{'s' if conc > 1 else ''}",
                          cells(f"rate{conc}", "serve"), f_int,
                          Target("≥0.9× uv_echo", (at_least(0.9, "uv"),)), ratio_cols=serve_only))
    n = prof["hold_n"]
    t.rows.append(Row(f"memory per idle connection (B), echo_data.js, {n} conns",
                      cells("memory", "netjs_data", node_key="node_data"), f_int,
                      Target("≤2048 B", (at_most(2048),))))
    t.rows.append(Row(f"memory per idle connection (B), `netjs serve`, {n} conns",
                      cells("memory", "serve"), f_int,
                      Target("≤2× uv_echo", (at_most(2.0, "uv"),)), ratio_cols=serve_only))
    mb = prof["tput_mb"]
    t.rows.append(Row(f"echo MB/s, echo_data.js, 1 conn, {mb} MB in 64 KiB writes",
                      cells("tput", "netjs_data", node_key="node_data"), f_1,
                      Target("≥0.9× uv_echo and ≥2× node", (at_least(0.9, "uv"), at_least(2.0, "node")))))
    t.rows.append(Row("  ↳ server CPU % during it", cells("tput", "netjs_data", "server_cpu_pct", "node_data"), f_int,
                      ratio_cols=()))
    t.rows.append(Row("  ↳ client CPU % during it", cells("tput", "netjs_data", "cpu_pct", "node_data"), f_int,
                      ratio_cols=()))
    t.rows.append(Row(f"echo MB/s, `netjs serve`, 1 conn, {mb} MB", cells("tput", "serve"), f_1,
                      Target("≥0.95× uv_echo", (at_least(0.95, "uv"),)), ratio_cols=serve_only))
    t.rows.append(Row("  ↳ server CPU % during it", cells("tput", "serve", "server_cpu_pct"), f_int, ratio_cols=()))
    t.rows.append(Row("  ↳ client CPU % during it", cells("tput", "serve", "cpu_pct"), f_int, ratio_cols=()))
    for pct, target in (("p50", Target("≤ node", (at_most(1.0, "node"),))),
                        ("p99", Target("≤0.5× node", (at_most(0.5, "node"),)))):
        t.rows.append(Row(f"ping-pong 1 B {pct} µs, echo_data.js, both on CPU 0",
                          cells("lat", "netjs_data", f"{pct}_us", "node_data"), f_1, target))
    t.notes = [
        "conn/s: each client loops connect, write 16 B, read the echo, close "
        f"({prof['rate_secs']:g} s measured after {prof['rate_warm']:g} s warm-up). "
        "The `netjs serve` rows compare with uv_echo only; the uv_echo column of the echo_pipe.js rows "
        "is the same uv_echo measurement as in the echo_data.js rows. Lower is better for memory and µs.",
    ]
    return t


def startup_table(res, have_node):
    def cells(metric, netjs_key, node=True, floor_key="floor"):
        return {"netjs": res.summary(metric, netjs_key),
                "node": (res.summary(metric, "node") if have_node else "n/a") if node else None,
                "floor": res.summary(metric, floor_key)}

    t = Table("Start-up",
              [("netjs", "netjs"), ("node", "node v20"), ("floor", "bare Duktape+libuv")],
              [("netjs", "floor", "netjs/bare"), ("netjs", "node", "netjs/node")])
    t.rows.append(Row("instructions, empty.js (callgrind)", cells("instr", "netjs_empty", False, "floor_empty"),
                      f_mega, Target("≤1.5× bare", (Check("<=", 1.5, "floor"),))))
    t.rows.append(Row("instructions, net_listen_close.js (bare: empty.js)",
                      cells("instr", "netjs_net", False, "floor_empty"),
                      f_mega, Target("≤3× bare", (Check("<=", 3.0, "floor"),))))
    t.rows.append(Row("wall ms, empty.js", cells("wall", "netjs"), f_2))
    t.rows.append(Row("peak RSS MiB, empty.js", cells("rss", "netjs"), f_mib,
                      Target("≤3 MiB", (Check("<=", 3 * 1024),))))
    floors = [smp["floor_kib"] for (m, _), smps in res.samples.items() if m == "rss" for smp in smps]
    t.notes = ["Instruction counts barely depend on machine load: compare them between runs. "
               "Wall time: median (min–max) of the repeated runs"
               + (" (hyperfine)." if startup.have_hyperfine() else ".")
               + (f" Peak RSS is ru_maxrss from wait4(); figures at or below {max(floors) / 1024:.2f} MiB "
                  "(the launcher's own size before exec) only mean \"at most that\"." if floors else "")]
    return t


def details_table(res, labels):
    rows = []
    ncpu = len(os.sched_getaffinity(0))
    for (metric, subject), samples in res.samples.items():
        if metric in ("instr", "rss") or not samples:
            continue
        client = summarize(samples, "cpu_pct")
        server = summarize(samples, "server_cpu_pct")
        more = "—"
        if metric == "tput":
            more = f"{summarize(samples, 'secs').median:.2f} s per run"
        elif metric.startswith("rate"):
            p50, p99 = summarize(samples, "p50_us"), summarize(samples, "p99_us")
            errs = sum(s.get("errors", 0) for s in samples)
            more = f"cycle p50 {p50.median:.0f} µs, p99 {p99.median:.0f} µs, errors {errs}"
        elif metric == "lat":
            p90, mx = summarize(samples, "p90_us"), summarize(samples, "max_us")
            more = f"p90 {p90.median:.1f} µs, max {mx.median:.0f} µs"
        elif metric == "memory":
            b, a = summarize(samples, "rss_before_kib"), summarize(samples, "rss_after_kib")
            more = f"RSS {b.median:.0f} → {a.median:.0f} KiB"
        notes = []
        if client and client.median >= 90 and metric != "memory":
            notes.append("client ≥90% CPU: may limit the result")
        if client and server and metric != "lat" and client.median + server.median >= 90 * ncpu:
            notes.append(f"client+server use ≥90% of {ncpu} CPUs")
        rows.append([metric, labels.get(subject, subject), len(samples), f"{client.median:.0f}" if client else "—",
                     f"{server.median:.0f}" if server else "—", more, "; ".join(notes) or "—"])
    if not rows:
        return []
    return simple_table("Details (medians)",
                        ["measurement", "server", "runs", "client CPU %", "server CPU %", "more", "note"], rows) + [""]


def build_report(res, prof, header, have_node, elapsed, labels):
    lines = ["## netjs benchmark", ""] + header + [""]
    lines += network_table(res, prof, have_node).render()
    lines += startup_table(res, have_node).render()
    lines += details_table(res, labels)
    lines.append(f"CPU % is user+system time over the run's wall time, 100 = one core. Runs per "
                 f"measurement: {prof['runs']}. Finished in {elapsed:.0f} s; load average at the end: "
                 f"{machine.load_average()}.")
    if res.errors:
        lines += ["", f"### Errors ({len(res.errors)})", ""] + [f"- {e}" for e in res.errors]
    return lines


# --- smoke check -----------------------------------------------------------------------------

def smoke(bin_dir, log_dir):
    """Each tcpload mode once, tiny, against uv_echo; the floor program once. Exit 0 if all worked."""
    tcpload = Tcpload(os.path.join(bin_dir, "tcpload"))
    bench = NetworkBench(tcpload, log_dir)
    spec = ServerSpec("uv_echo", "uv_echo", (os.path.join(bin_dir, "uv_echo"), "{port}"))
    floor = os.path.join(bin_dir, "duk_uv_floor")
    checks = [
        ("tput", lambda: bench.tput(spec, 4), ("mb_per_s", "cpu_pct", "server_cpu_pct")),
        ("rate 1", lambda: bench.rate(spec, 1, 0.3, 0.05), ("conn_per_s", "p50_us", "p99_us", "cpu_pct")),
        ("rate 4", lambda: bench.rate(spec, 4, 0.3, 0.05), ("conn_per_s", "p50_us", "p99_us", "cpu_pct")),
        ("lat", lambda: bench.lat(spec, 200, 20, cpu=0), ("p50_us", "p99_us", "cpu_pct")),
        ("hold", lambda: bench.memory(spec, 50), ("rss_before_kib", "rss_after_kib", "bytes_per_conn")),
        ("callgrind", lambda: {"instructions": startup.instructions([floor, script("empty.js")])},
         ("instructions",)),
        ("peak rss", lambda: dict(zip(("peak_rss_kib", "floor_kib"), startup.peak_rss_kib(
            os.path.join(bin_dir, "peak_rss"), [floor, script("empty.js")]))), ("peak_rss_kib", "floor_kib")),
    ]
    failed = 0
    for name, fn, fields in checks:
        try:
            sample = fn()
            missing = [f for f in fields if not isinstance(sample.get(f), (int, float))]
            bad = missing or sample.get("errors", 0) or any(
                sample[f] <= 0 for f in fields if f not in ("bytes_per_conn", "server_cpu_pct", "cpu_pct"))
            status = "FAIL" if bad else "ok"
            detail = " ".join(f"{f}={sample.get(f)}" for f in fields)
        except procs.ChildFailed as e:
            status, detail = "FAIL", str(e)
        failed += status != "ok"
        print(f"smoke {status:4} {name}: {detail}", flush=True)
    print(f"smoke: {'all ok' if not failed else f'{failed} failed'}", flush=True)
    return 1 if failed else 0


# --- main -------------------------------------------------------------------------------------

def raise_fd_limit(needed):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft < needed:
        progress(f"warning: open-file limit {soft} is below the {needed} the memory measurement needs")


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="2 runs, smaller sizes (about 1 minute)")
    ap.add_argument("--netjs", default=os.path.join(REPO, "build", "netjs"), help="netjs binary (default: build/netjs)")
    ap.add_argument("--node", default=shutil.which("node"), help="node binary (default: node on PATH)")
    ap.add_argument("--bin-dir", default=os.path.join(REPO, "build-bench"), help="where the C helpers were built")
    ap.add_argument("--out", help="also write the report to this file")
    ap.add_argument("--runs", type=int, help="repetitions of each measurement (default 5, --quick 2)")
    ap.add_argument("--only", help=f"comma-separated groups to run: {','.join(GROUPS)} (default: all)")
    ap.add_argument("--smoke", action="store_true", help="tiny run of each client mode against uv_echo, then exit")
    a = ap.parse_args(argv)
    a.groups = GROUPS if not a.only else tuple(g.strip() for g in a.only.split(","))
    unknown = set(a.groups) - set(GROUPS)
    if unknown:
        ap.error(f"unknown group(s) {', '.join(sorted(unknown))}; known: {', '.join(GROUPS)}")
    if a.runs is not None and a.runs < 1:
        ap.error("--runs must be at least 1")
    return a


def main(argv):
    a = parse_args(argv)
    procs.install_signal_handlers()
    for helper in ("tcpload", "uv_echo", "duk_uv_floor", "peak_rss"):
        if not os.access(os.path.join(a.bin_dir, helper), os.X_OK):
            sys.exit(f"run.py: {a.bin_dir}/{helper} not found: build the helpers first (scripts/bench.sh does)")
    log_dir = tempfile.mkdtemp(prefix="netjs-bench-")
    try:
        if a.smoke:
            return smoke(a.bin_dir, log_dir)
        netjs = os.path.abspath(a.netjs)
        if not os.access(netjs, os.X_OK):
            sys.exit(f"run.py: netjs binary {netjs} not found (build it, or give --netjs PATH)")
        if not a.node:
            progress("warning: node not found: the Node column stays empty")
        prof = dict(PROFILES["quick" if a.quick else "full"])
        if a.runs:
            prof["runs"] = a.runs
        raise_fd_limit(prof["hold_n"] + 200)
        floor = os.path.join(a.bin_dir, "duk_uv_floor")
        header = machine.header_lines(netjs, a.node, floor, REPO)
        header.append(f"- profile: {'quick' if a.quick else 'full'}, runs per measurement: {prof['runs']}, "
                      f"groups: {', '.join(a.groups)}")
        for line in header:
            progress(line)

        started = time.monotonic()
        res = Results(prof["runs"])
        specs = server_specs(netjs, a.node, os.path.join(a.bin_dir, "uv_echo"))
        bench = NetworkBench(Tcpload(os.path.join(a.bin_dir, "tcpload")), log_dir)
        for group in GROUPS:
            if group not in a.groups:
                continue
            group_start = time.monotonic()
            if group == "startup":
                run_startup(res, prof, netjs, a.node, floor, os.path.join(a.bin_dir, "peak_rss"))
            else:
                run_network(res, prof, group, bench, specs)
            progress(f"[{group}] done in {time.monotonic() - group_start:.0f} s")

        labels = {key: spec.label for key, spec in specs.items()}
        report = "\n".join(build_report(res, prof, header, bool(a.node), time.monotonic() - started, labels)) + "\n"
        sys.stdout.write("\n" + report)
        sys.stdout.flush()
        if a.out:
            with open(a.out, "w") as f:
                f.write(report)
            progress(f"report written to {a.out}")
        return 1 if res.errors else 0
    finally:
        procs.stop_all()
        shutil.rmtree(log_dir, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("\ninterrupted: every process started by the benchmark has been stopped", file=sys.stderr)
        sys.exit(130)
