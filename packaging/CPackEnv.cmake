# Read by cpack at packaging time. dpkg-shlibdeps computes Depends for the architecture in
# DEB_HOST_ARCH (and uses that architecture's objdump), so a cross build's .deb depends on
# libc6:armhf's versions, not the build machine's.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_ARCHITECTURE)
  set(ENV{DEB_HOST_ARCH} ${CPACK_DEBIAN_PACKAGE_ARCHITECTURE})
endif()
if(NOT CPACK_PACKAGING_INSTALL_PREFIX STREQUAL "/usr")
  message(WARNING "netjs packages should be configured with -DCMAKE_INSTALL_PREFIX=/usr "
                  "(this one: ${CPACK_PACKAGING_INSTALL_PREFIX})")
endif()
