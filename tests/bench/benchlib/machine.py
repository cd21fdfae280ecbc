"""The report's header: which machine, when, and which versions were measured."""
import os
import platform
import subprocess
import time


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def version_of(argv):
    """First line of `argv` (a --version style command), or why it could not be run."""
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e.__class__.__name__})"
    text = (r.stdout.strip() or r.stderr.strip()).splitlines()
    return text[0] if text else f"exit status {r.returncode}"


def git_head(repo):
    try:
        r = subprocess.run(["git", "-C", repo, "describe", "--always", "--dirty"],
                           capture_output=True, text=True, timeout=20)
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def header_lines(netjs, node, floor, repo):
    """Markdown bullet lines describing this run's machine and software."""
    uname = platform.uname()
    usable = len(os.sched_getaffinity(0))
    return [
        f"- date: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        f"- machine: {cpu_model()}, {os.cpu_count()} cores ({usable} usable), "
        f"kernel {uname.system} {uname.release} {uname.machine}",
        f"- load average at start: {load_average()}",
        f"- netjs: `{netjs}`: {version_of([netjs, '--version'])}",
        f"- node: `{node}`: {version_of([node, '--version']) if node else 'not found'}",
        f"- bare floor: {version_of([floor, '--describe'])}",
        f"- tools: {version_of(['hyperfine', '--version'])}; {version_of(['valgrind', '--version'])}; "
        f"python {platform.python_version()}",
        f"- repository: {git_head(repo)}",
    ]
