#!/usr/bin/env python3
"""N peers that go silent without closing (as one whose cable was pulled looks to a server: no FIN,
no RST), one after sending a byte and reading its echo, the others after half-closing (FIN) and
never reading. Waits (bounded) until the server has closed each, and prints "closed C of N"."""
import socket
import sys
import time


def main():
    port, n, bound = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    socks = []
    for i in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=30)
        s.sendall(b"x")
        if s.recv(1) != b"x":
            print("no echo", flush=True)
            return 1
        if i % 2:
            s.shutdown(socket.SHUT_WR)  # half-open from here: we said FIN, we never read again
        socks.append(s)
    closed = 0
    deadline = time.monotonic() + bound
    for s in socks:
        s.settimeout(max(0.1, deadline - time.monotonic()))
        try:
            closed += s.recv(1) == b""  # EOF: the server closed it
        except socket.timeout:
            pass
        except ConnectionError:
            closed += 1
    print(f"closed {closed} of {n}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
