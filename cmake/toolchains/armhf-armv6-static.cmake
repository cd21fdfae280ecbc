# The armhf .deb's build (scripts/package.sh deb-armhf): one static binary that runs on every
# Raspberry Pi under 32-bit Raspberry Pi OS, the ARMv6 Pi 1 / Zero / Zero W included. Debian's armhf
# libraries (glibc, libstdc++, libuv) are ARMv7 Thumb-2 code, so nothing linked against them runs on
# ARMv6; Debian armel's static libraries (ARMv5TE, soft-float ABI) do. So: the armel cross compiler
# and static libraries, with netjs's own code (Duktape included) compiled for ARMv6KZ (the
# ARM1176JZF-S of every ARMv6 Pi; plain ARMv6 has no LDREXD, so 64-bit atomics would need
# libatomic) + VFPv2: VFP instructions with the soft-float calling convention the armel libraries
# use. A static binary has no ELF interpreter and no shared libraries, so its float ABI does not
# matter to an armhf system.
# Tested under qemu with an ARM1176 (ARMv6, the oldest) CPU; QEMU_CPU=cortex-a7 in ctest's
# environment runs the same tests on an ARMv7 CPU (debian-cross.cmake).
#   cmake -S . -B /tmp/build-armhf-armv6 -DNETJS_STATIC=ON \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/armhf-armv6-static.cmake
set(NETJS_CROSS_TRIPLET arm-linux-gnueabi)
set(NETJS_CROSS_PROCESSOR armv6l)
set(NETJS_QEMU qemu-arm)
set(NETJS_QEMU_CPU arm1176)
string(APPEND CMAKE_C_FLAGS_INIT " -marm -march=armv6kz+fp -mtune=arm1176jzf-s -mfpu=vfp -mfloat-abi=softfp")
string(APPEND CMAKE_CXX_FLAGS_INIT " -marm -march=armv6kz+fp -mtune=arm1176jzf-s -mfpu=vfp -mfloat-abi=softfp")
# Every executable static, the test programs too: there are no ARMv6 shared libraries to run them with.
string(APPEND CMAKE_EXE_LINKER_FLAGS_INIT " -static")
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
