#!/usr/bin/env python3
"""Opens N connections at once to an echo server on 127.0.0.1:PORT (more than its descriptor limit),
then checks each: echoed (served) or closed by the server (turned away). Closes them all, then checks
that a new connection is served again, retrying (bounded) while the server is still closing the old
ones and so still short of descriptors. Prints "echoed E closed C after OK|FAIL retries R", R being
the new connections turned away before one was served."""
import socket
import sys
import time


def main():
    port, n = int(sys.argv[1]), int(sys.argv[2])
    held = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(n)]
    echoed = closed = 0
    for s in held:
        try:
            s.sendall(b"x")
            data = s.recv(1)
            if data == b"x":
                echoed += 1
            else:
                closed += 1
        except OSError:  # reset by the server
            closed += 1
    for s in held:
        s.close()
    # After the flood the server must serve again (and not be stuck in its accept loop).
    retries, ok = 0, False
    deadline = time.monotonic() + 30
    while not ok and time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(b"after")
                got = b""
                while len(got) < 5:
                    chunk = s.recv(16)
                    if not chunk:
                        break
                    got += chunk
                ok = got == b"after"
        except OSError:
            pass
        if not ok:
            retries += 1
            time.sleep(0.05)
    print(f"echoed {echoed} closed {closed} after {'OK' if ok else 'FAIL'} retries {retries}", flush=True)

if __name__ == "__main__":
    main()
