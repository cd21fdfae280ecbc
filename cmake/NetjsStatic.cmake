# NETJS_STATIC=ON: one self-contained, size-optimised executable for OpenWrt and other systems
# without glibc (OpenWrt uses musl; a glibc-static binary runs there). libuv comes from its static
# archive (libuv-static.pc: libuv_a.a), libstdc++/libgcc/glibc are linked in, spdlog/fmt are built in
# anyway (NetjsSpdlog.cmake). Use with CMAKE_BUILD_TYPE=MinSizeRel; the packaging strips the binary.
#
# glibc's static getaddrinfo: files (/etc/hosts) and DNS (/etc/resolv.conf) lookups are built into
# glibc 2.34+, so name resolution works on a system with no glibc at all (checked under "Static
# build" in README); NSS modules such as mdns or systemd-resolved's are not available.
if(NOT NETJS_STATIC)
  return()
endif()
if(NETJS_SANITIZE)
  message(FATAL_ERROR "NETJS_STATIC and NETJS_SANITIZE cannot be combined")
endif()
# Every library and the executable: sections per function/object so the linker drops unused ones.
set(netjs_targets netjs_spdlog)
foreach(dir lib app)
  get_property(dir_targets DIRECTORY ${PROJECT_SOURCE_DIR}/${dir} PROPERTY BUILDSYSTEM_TARGETS)
  list(APPEND netjs_targets ${dir_targets})
endforeach()
foreach(target IN LISTS netjs_targets)
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "STATIC_LIBRARY" OR type STREQUAL "EXECUTABLE")
    target_compile_options(${target} PRIVATE -ffunction-sections -fdata-sections)
  endif()
endforeach()
# Link-time optimisation over all of it: 3% smaller (armhf: 2.12 -> 2.06 MB).
include(CheckIPOSupported)
check_ipo_supported(RESULT netjs_ipo OUTPUT netjs_ipo_error LANGUAGES C CXX)
if(netjs_ipo)
  set_property(TARGET ${netjs_targets} PROPERTY INTERPROCEDURAL_OPTIMIZATION ON)
else()
  message(STATUS "NETJS_STATIC: no link-time optimisation (${netjs_ipo_error})")
endif()
# Duktape is built with -O2 by lib/CMakeLists.txt; the engine is most of the binary, so -Os here.
target_compile_options(duktape_engine PRIVATE -Os)
# Every executable is linked statically (netjs, and the unit tests so they test the same build).
target_link_options(netjs PRIVATE -static -Wl,--gc-sections -Wl,-O1)
# Not gold's --icf=safe (identical code folding): 0.6% smaller after LTO, but the static arm64
# binary it links (binutils 2.40) aborts at start-up.
# The bytecode generator too: in a cross build it runs under qemu-user, with no target libraries.
if(TARGET netjs_make_bytecode)
  target_link_options(netjs_make_bytecode PRIVATE -static)
endif()
if(TARGET netjs_unit_tests)
  target_link_options(netjs_unit_tests PRIVATE -static)
endif()
