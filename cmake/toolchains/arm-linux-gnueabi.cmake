# Debian armel: ARMv5TE, soft-float ABI. Used for the static build only (-DNETJS_STATIC=ON), which
# runs on any ARM Linux from ARMv5TE up, including the ARMv6 Raspberry Pi 1 / Zero / Zero W and
# OpenWrt's arm_arm1176jzf-s_vfp targets. Tested under qemu with an ARM1176 (ARMv6) CPU.
#   cmake -S . -B /tmp/build-static-armel -DNETJS_STATIC=ON \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/arm-linux-gnueabi.cmake
set(NETJS_CROSS_TRIPLET arm-linux-gnueabi)
set(NETJS_CROSS_PROCESSOR armv5tel)
set(NETJS_QEMU qemu-arm)
set(NETJS_QEMU_CPU arm1176)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
