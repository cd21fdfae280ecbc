# Debian armhf (Raspbian's architecture name): ARMv7-A, Thumb-2, VFPv3-D16, hard-float ABI.
# Runs on Raspberry Pi 2, 3, 4, 5, Zero 2 (32-bit OS), not on the ARMv6 Pi 1 / Zero (see README).
#   cmake -S . -B /tmp/build-armhf -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/arm-linux-gnueabihf.cmake
set(NETJS_CROSS_TRIPLET arm-linux-gnueabihf)
set(NETJS_CROSS_PROCESSOR armv7l)
set(NETJS_QEMU qemu-arm)
set(NETJS_QEMU_CPU cortex-a7)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
