# netjs::spdlog — the logging library target every netjs target links.
#
# Default: spdlog and fmt from their headers (Debian's libspdlog-dev/libfmt-dev), with their compiled
# parts built once into a small static library (lib/log/spdlog_impl.cpp). The binary then needs
# neither libspdlog.so nor libfmt.so at run time: the dynamic .deb depends only on libc, libstdc++,
# libgcc and libuv1, and cross and static builds work although Debian ships these libraries only as
# shared objects for the build machine.
#
# NETJS_SYSTEM_SPDLOG=ON links Debian's shared libspdlog/libfmt instead (native builds only).
option(NETJS_SYSTEM_SPDLOG "Link the system's shared spdlog and fmt libraries" OFF)

if(NETJS_SYSTEM_SPDLOG)
  find_package(spdlog REQUIRED)
  add_library(netjs_spdlog INTERFACE)
  target_link_libraries(netjs_spdlog INTERFACE spdlog::spdlog)
else()
  find_path(NETJS_SPDLOG_INCLUDE_DIR spdlog/spdlog.h REQUIRED)
  find_path(NETJS_FMT_INCLUDE_DIR fmt/format-inl.h REQUIRED)
  file(STRINGS ${NETJS_SPDLOG_INCLUDE_DIR}/spdlog/version.h spdlog_ver REGEX "define SPDLOG_VER_(MAJOR|MINOR) ")
  file(STRINGS ${NETJS_FMT_INCLUDE_DIR}/fmt/core.h fmt_ver REGEX "define FMT_VERSION ")
  if(NOT spdlog_ver MATCHES "MAJOR 1.*MINOR 1[0-9]" OR NOT fmt_ver MATCHES "FMT_VERSION 9[0-9][0-9][0-9][0-9]")
    message(WARNING "lib/log/spdlog_impl.cpp was written for spdlog 1.10-1.1x and fmt 9 (found: ${spdlog_ver}; "
                    "${fmt_ver}); if it does not link, configure with -DNETJS_SYSTEM_SPDLOG=ON")
  endif()
  find_package(Threads REQUIRED)
  add_library(netjs_spdlog STATIC ${PROJECT_SOURCE_DIR}/lib/log/spdlog_impl.cpp)
  target_include_directories(netjs_spdlog SYSTEM PUBLIC ${NETJS_SPDLOG_INCLUDE_DIR} ${NETJS_FMT_INCLUDE_DIR})
  target_compile_definitions(netjs_spdlog PUBLIC SPDLOG_COMPILED_LIB SPDLOG_FMT_EXTERNAL)
  target_link_libraries(netjs_spdlog PUBLIC Threads::Threads)
  netjs_sanitize(netjs_spdlog)
endif()
add_library(netjs::spdlog ALIAS netjs_spdlog)
