#!/usr/bin/env python3
"""N clients connect to an echo server on 127.0.0.1:PORT, each pushing data until its socket stops
taking more, and none of them ever reads. Once the server's RSS has settled (the same in two samples
0.5 s apart, or after 60 s) prints "connected C rss_kb K", then holds the sockets until stdin closes.

    stalled_readers.py PORT SERVER_PID N"""
import socket
import sys
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    port, pid, n = (int(a) for a in sys.argv[1:4])
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.setblocking(False)
        socks.append(s)
    block = b"z" * 65536
    # Keep pushing while anything still moves: the server reads until its own queue back to this
    # client is full, then stops reading, and TCP fills up in both directions.
    deadline = time.monotonic() + 60
    last = -1
    while time.monotonic() < deadline:
        moved = 0
        for s in socks:
            try:
                moved += s.send(block)
            except (BlockingIOError, ConnectionError):
                pass
        now = rss_kb(pid)
        if moved == 0 and now == last:
            break
        last = now
        time.sleep(0.5)
    print(f"connected {n} rss_kb {rss_kb(pid)}", flush=True)
    sys.stdin.read()
    for s in socks:
        s.close()


if __name__ == "__main__":
    main()
