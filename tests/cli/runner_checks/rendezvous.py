#!/usr/bin/env python3
"""Coordinator for tests/cli/runner_fixtures/parallel/test_sleep_*.js (test_runner_parallel.sh).

    rendezvous.py NEED STATS_FILE DEADLINE_S

Listens on 127.0.0.1 (port chosen by the OS, printed on the first line of stdout). Each fixture
connects and waits for "go". "go" goes to every waiting fixture once NEED of them are connected at
the same time; after DEADLINE_S without that, to whoever is waiting (so a runner that does not run
them together fails the check instead of hanging). STATS_FILE always holds
"max_concurrent=M connections=C", the most connections seen open at once and the total.
"""
import selectors
import socket
import sys
import time

need, stats_file, deadline_s = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(16)
listener.setblocking(False)
print(listener.getsockname()[1], flush=True)

sel = selectors.DefaultSelector()
sel.register(listener, selectors.EVENT_READ)
waiting, open_count, max_concurrent, total = [], 0, 0, 0
last_progress = time.monotonic()


def write_stats():
    with open(stats_file, "w") as f:
        f.write(f"max_concurrent={max_concurrent} connections={total}\n")


def release():
    global waiting
    for c in waiting:
        try:
            c.sendall(b"go")
        except OSError:
            pass
    waiting = []


write_stats()
while True:
    for key, _ in sel.select(timeout=0.2):
        if key.fileobj is listener:
            conn, _ = listener.accept()
            sel.register(conn, selectors.EVENT_READ)
            open_count += 1
            total += 1
            max_concurrent = max(max_concurrent, open_count)
            waiting.append(conn)
            last_progress = time.monotonic()
            write_stats()
            if len(waiting) >= need:
                release()
        else:  # a fixture closed its end: it has finished
            conn = key.fileobj
            if not conn.recv(64):
                sel.unregister(conn)
                conn.close()
                open_count -= 1
                if conn in waiting:
                    waiting.remove(conn)
    if waiting and time.monotonic() - last_progress > deadline_s:
        release()
