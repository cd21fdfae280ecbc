# Shared part of the Debian cross toolchain files (arm-linux-gnueabihf.cmake, aarch64-linux-gnu.cmake,
# arm-linux-gnueabi.cmake). The including file sets NETJS_CROSS_TRIPLET, NETJS_CROSS_PROCESSOR,
# NETJS_QEMU (qemu-user binary) and NETJS_QEMU_CPU, then includes this file.
#
# Needs Debian's cross compiler (g++-<triplet>), the target's libuv1-dev:<arch> (multi-arch), and
# qemu-user to run tests: scripts/install-cross-deps.sh installs them.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${NETJS_CROSS_PROCESSOR})
set(CMAKE_C_COMPILER ${NETJS_CROSS_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${NETJS_CROSS_TRIPLET}-g++)
# Debian multi-arch: the target's libraries live in /usr/lib/<triplet> of this very system, its
# headers in /usr/include/<triplet> (searched by the cross compiler) and /usr/include. No sysroot.
set(CMAKE_LIBRARY_ARCHITECTURE ${NETJS_CROSS_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
# GCC's ARM ABI note ("parameter passing ... changed in GCC 7.1") is about mixing objects built by
# GCC < 7, which never happens here.
string(APPEND CMAKE_CXX_FLAGS_INIT " -Wno-psabi")
# pkg-config must read the target's .pc files, not the build machine's.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${NETJS_CROSS_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Tests run under qemu-user. The binaries find their ELF interpreter and shared libraries in the
# multi-arch paths (/lib/ld-linux-*.so, /usr/lib/<triplet>) installed with libuv1-dev:<arch>, so qemu
# gets no -L (with -L /usr/<triplet>, threaded programs crash under qemu on Debian 12). The CPU is
# the oldest the build targets, so instructions it lacks fail the tests. CLI tests (bash scripts
# that get the netjs path) get a wrapper that runs netjs through the same emulator
# (tests/CMakeLists.txt). There is no binfmt_misc registration: netjs cannot exec another ARM netjs.
find_program(NETJS_QEMU_PROGRAM ${NETJS_QEMU})
if(NETJS_QEMU_PROGRAM)
  # The emulator is a wrapper so that QEMU_CPU (qemu-user's own variable, which -cpu would override)
  # in the environment picks another CPU for a run: QEMU_CPU=cortex-a7 ctest ... runs the ARMv6
  # build's tests on ARMv7.
  set(qemu_wrapper ${CMAKE_BINARY_DIR}/qemu-${NETJS_QEMU_CPU})
  file(WRITE ${qemu_wrapper}
       "#!/bin/sh\nexec '${NETJS_QEMU_PROGRAM}' -cpu \"\${QEMU_CPU:-${NETJS_QEMU_CPU}}\" \"$@\"\n")
  file(CHMOD ${qemu_wrapper} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
       WORLD_READ WORLD_EXECUTE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${qemu_wrapper})
endif()
