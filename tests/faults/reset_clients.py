#!/usr/bin/env python3
"""Hostile clients against an echo server on 127.0.0.1:PORT: N clients at once each send 256 KB
without reading it all back, then reset the connection (RST, SO_LINGER 0) in mid-stream, so the
server's reads end in ECONNRESET and its pending echo writes in EPIPE/ECONNRESET. Then one polite
client must still be echoed byte-exact. Prints "reset N polite OK|FAIL"."""
import socket
import struct
import sys
import threading


def hostile(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.sendall(b"r" * 262144)
    s.recv(1024)  # the server is echoing: part of it comes back, the rest is still in flight
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


def main():
    port, n = int(sys.argv[1]), int(sys.argv[2])
    threads = [threading.Thread(target=hostile, args=(port,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    payload = bytes(range(256)) * 64
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(payload)
        s.shutdown(socket.SHUT_WR)
        got = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
    print(f"reset {n} polite {'OK' if got == payload else 'FAIL'}", flush=True)


if __name__ == "__main__":
    main()
