# Debian arm64: ARMv8-A, 64-bit. Raspberry Pi 3, 4, 5, Zero 2 with a 64-bit OS.
#   cmake -S . -B /tmp/build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake
set(NETJS_CROSS_TRIPLET aarch64-linux-gnu)
set(NETJS_CROSS_PROCESSOR aarch64)
set(NETJS_QEMU qemu-aarch64)
set(NETJS_QEMU_CPU cortex-a53)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
