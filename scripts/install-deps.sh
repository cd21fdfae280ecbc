#!/bin/sh
# Installs what building and testing netjs needs on Debian 12 / Raspbian (run as root).
set -eu
export DEBIAN_FRONTEND=noninteractive
# One unreachable or broken index must not stop the install: the packages may still be there.
apt-get update || echo "install-deps: apt-get update reported errors; trying the install anyway" >&2
apt-get install -y --no-install-recommends \
  build-essential cmake pkg-config \
  duktape-dev libuv1-dev libcli11-dev libspdlog-dev doctest-dev \
  iproute2 procps netcat-openbsd ncat socat python3 libxml2-utils \
  clang valgrind nodejs systemd
# clang: the libFuzzer targets (tests/fuzz); valgrind: scripts/valgrind.sh; nodejs: the suite compares
# netjs with Node (scripts/compare-with-node.sh; Debian's v18 does, the benchmarks want v20).
# systemd: systemd-socket-activate (tests/cli/test_socket_activation.sh) and systemd-analyze
# (tests/packaging/test_service_files.sh); nothing of it needs to run.
