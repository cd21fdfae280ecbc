#!/bin/sh
# Installs what the packages and the cross builds need on Debian 12 (run as root), on top of
# scripts/install-deps.sh: Debian's cross compilers for armhf (Raspbian's ARMv7 hard-float), arm64
# and armel (ARMv5TE, for the static ARMv6 build), the targets' libuv (multi-arch), qemu-user to run
# the cross-built tests, and the packaging tools (dpkg-dev and debhelper for dpkg-buildpackage,
# pkgconf:<arch> for the <triplet>-pkg-config of a cross build, lintian, autopkgtest, python3 for the
# .ipk checker).
#
# Not needed: duktape-dev, libspdlog-dev, libfmt-dev, libcli11-dev and doctest-dev for the targets.
# Those are used from the build machine's headers (duktape-dev is not multi-arch; the engine source
# is compiled into netjs).
set -eu
export DEBIAN_FRONTEND=noninteractive

foreign=$(dpkg --print-foreign-architectures)
added=no
for arch in armhf arm64 armel; do
  if ! printf '%s\n' "$foreign" | grep -qx "$arch"; then
    dpkg --add-architecture "$arch"
    added=yes
  fi
done

install() {
  apt-get install -y --no-install-recommends \
    g++-arm-linux-gnueabihf g++-aarch64-linux-gnu g++-arm-linux-gnueabi \
    libuv1-dev:armhf libuv1-dev:arm64 libuv1-dev:armel libstdc++6:armhf libstdc++6:arm64 \
    pkgconf:armhf pkgconf:arm64 \
    qemu-user dpkg-dev debhelper lintian autopkgtest python3 file xz-utils
}
# One unreachable or broken index must not stop the install: the packages may still be there.
if [ "$added" = yes ] || ! install; then
  apt-get update || echo "install-cross-deps: apt-get update reported errors; trying the install anyway" >&2
  install
fi
