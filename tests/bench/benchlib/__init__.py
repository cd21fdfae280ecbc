"""The netjs benchmark suite's library (python3 standard library only).

procs    -- every child process the suite starts: started, timed out and stopped by PID
servers  -- echo servers: start on an OS-chosen loopback port, wait until listening, stop
client   -- the C load client tcpload: run one mode, parse its key=value result line
measure  -- one measurement = one fresh server + one client run (conn/s, MB/s, latency, memory)
startup  -- start-up cost: instruction counts (callgrind), wall time, peak RSS
stats    -- median (min-max) summaries
machine  -- the header: machine, date, versions
report   -- the markdown tables, ratios and targets
"""
