#!/usr/bin/env python3
"""Runs a command, passes its stdout through, and prints "peak_rss_kb K" (the child's maximum
resident set size, from getrusage) on stderr. Exits with the command's status."""
import resource
import subprocess
import sys

rc = subprocess.call(sys.argv[1:])
print(f"peak_rss_kb {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
sys.exit(rc)
