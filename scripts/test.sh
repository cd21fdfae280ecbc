#!/bin/sh
# The whole test suite on a fresh Debian 12 machine (as root): installs dependencies, builds netjs
# twice (optimised, and with AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test
# (unit, JS, CLI) with ctest in both builds; valgrind's memcheck over a set of them in a third (Debug)
# build; the libFuzzer targets, 30 s each, in a fourth (clang). Then it builds and checks the packages
# (.deb for amd64, armhf, arm64 with lintian and an install test; OpenWrt .ipk for armhf, arm64, armel
# with tests/packaging/check_ipk.py) and runs the suite in the armhf and arm64 cross builds under
# qemu-user. Prints the time of each stage at the end.
# About 45 minutes on 2 cores (each stage's time is printed at the end).
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

# Seconds per stage, printed at the end.
timings=""
stage_start=$(date +%s)
lap() {
  now=$(date +%s)
  timings="$timings$(printf '  %-34s %5d s' "$1" $((now - stage_start)))
"
  stage_start=$now
}
total_start=$stage_start
# On failure too: the stages done so far.
trap 'status=$?; echo "== timings =="; printf "%s" "$timings"; echo "  total $(( $(date +%s) - total_start )) s"; exit $status' EXIT

if [ "$(id -u)" = 0 ]; then
  ./scripts/install-deps.sh
else
  echo "test.sh: not root; assuming the dependencies are installed (scripts/install-deps.sh)" >&2
fi

lap "install dependencies"

# Loopback tests open many sockets (the 10,000-connection test raises this itself when it can).
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

echo "== build: release =="
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
lap "build: release"
echo "== test: release =="
ctest --test-dir build -j "$jobs" --output-on-failure
lap "test: release"

# Memcheck (tests/soak/README.md): valgrind over the unit tests, a set of JS scripts and CLI runs, in a
# Debug build of its own (ASan binaries cannot run under valgrind); 0 errors, 0 bytes definitely lost.
echo "== build: Debug for valgrind =="
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DNETJS_SANITIZE=OFF
cmake --build build-valgrind -j "$jobs" --target netjs netjs_unit_tests
lap "build: Debug (valgrind)"
echo "== test: valgrind memcheck =="
./scripts/valgrind.sh --build-dir build-valgrind
lap "test: valgrind memcheck"

echo "== build: ASan + UBSan =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNETJS_SANITIZE=ON
cmake --build build-asan -j "$jobs"
lap "build: ASan + UBSan"
echo "== test: ASan + UBSan =="
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -j "$jobs" --output-on-failure -LE slow
lap "test: ASan + UBSan"

# Fuzzing (tests/fuzz/README.md): the libFuzzer targets, built with clang, ASan and UBSan, each fuzzed
# for 30 s from its committed corpus (scripts/fuzz.sh runs them longer). The other builds only replay
# the corpus (label fuzz-replay).
echo "== build: fuzz targets (clang, libFuzzer) =="
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DNETJS_FUZZ=ON
cmake --build build-fuzz -j "$jobs" --target fuzz_targets
lap "build: fuzz targets"
echo "== test: fuzz, 30 s per target =="
ctest --test-dir build-fuzz -j "$jobs" --output-on-failure -L fuzz
cat build-fuzz/tests/fuzz/work/*/summary.txt
lap "test: fuzz (30 s per target)"

# Packages (README, "Packages"): .deb for amd64, armhf and arm64 (checked with lintian: no errors,
# no warnings; each installed, run and removed, the foreign ones through multi-arch and qemu-user),
# static OpenWrt .ipk for armhf, arm64 and armel (checked with check_ipk.py, the binary smoke-tested
# under qemu-user with the oldest CPU of its build). The .deb builds run the tests (the armhf and
# arm64 ones under qemu-user); tests labelled "slow" (minutes under emulation) are left out there.
# NETJS_TEST_PACKAGES=0 skips all of this (e.g. on a machine without the cross tools).
if [ "${NETJS_TEST_PACKAGES:-1}" = 0 ]; then
  echo "== packages and qemu stages skipped (NETJS_TEST_PACKAGES=0) =="
  exit 0  # the EXIT trap prints the timings
fi
if [ "$(id -u)" = 0 ]; then
  ./scripts/install-cross-deps.sh
elif ! command -v arm-linux-gnueabihf-g++ >/dev/null || ! command -v qemu-arm >/dev/null; then
  echo "test.sh: the package stages need scripts/install-cross-deps.sh (as root) first;" \
    "NETJS_TEST_PACKAGES=0 skips them" >&2
  exit 1
fi
lap "install cross dependencies"
echo "== packages: .ipk checker self-test =="
python3 tests/packaging/check_ipk.py --self-test
# Each .deb is built by dpkg-buildpackage from debian/, whose dh_auto_test runs the suite but its
# "slow" tests: natively for amd64, under qemu-user for the cross builds.
NETJS_PKG_BUILD_ROOT=build-packages NETJS_PKG_INSTALL_TEST=1 ./scripts/package.sh deb-source deb-amd64
lap "packages: deb amd64 (its build runs the suite)"
echo "== autopkgtest of the amd64 .deb (debian/tests) =="
NETJS_PKG_BUILD_ROOT=build-packages ./scripts/package.sh autopkgtest-amd64
lap "packages: autopkgtest amd64"
# The armhf .deb's static ARMv6 build (README, "Packages"): its build runs the suite on the oldest
# CPU it is for (ARM1176: Pi 1, Zero); then again on ARMv7 (Cortex-A7: Pi 2) in the same build
# directory (QEMU_CPU overrides the build's emulator CPU).
NETJS_PKG_BUILD_ROOT=build-packages NETJS_PKG_INSTALL_TEST=1 ./scripts/package.sh deb-armhf
lap "packages: deb armhf (its build runs the suite on ARM1176, qemu-user)"
echo "== test: armhf on Cortex-A7 under qemu-user =="
QEMU_CPU=cortex-a7 ctest --test-dir build-packages/deb-armhf -j "$jobs" --output-on-failure -LE slow
lap "test: armhf on Cortex-A7 (qemu-user)"
NETJS_PKG_BUILD_ROOT=build-packages NETJS_PKG_INSTALL_TEST=1 ./scripts/package.sh deb-arm64
lap "packages: deb arm64 (its build runs the suite on Cortex-A53, qemu-user)"
NETJS_PKG_BUILD_ROOT=build-packages ./scripts/package.sh ipk-armhf ipk-arm64 ipk-armel
lap "packages: ipk armhf + arm64 + armel"
