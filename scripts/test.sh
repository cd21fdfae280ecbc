#!/bin/sh
# The whole test suite on a fresh Debian 12 machine (as root): installs dependencies, builds netjs
# twice (optimised, and with AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test
# (unit, JS, CLI) with ctest in both builds.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

if [ "$(id -u)" = 0 ]; then
  ./scripts/install-deps.sh
else
  echo "test.sh: not root; assuming the dependencies are installed (scripts/install-deps.sh)" >&2
fi

# Loopback tests open many sockets (the 10,000-connection test raises this itself when it can).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

echo "== build: release =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
echo "== test: release =="
ctest --test-dir build -j "$jobs" --output-on-failure

echo "== build: ASan + UBSan =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNETJS_SANITIZE=ON
cmake --build build-asan -j "$jobs"
echo "== test: ASan + UBSan =="
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -j "$jobs" --output-on-failure -LE slow
