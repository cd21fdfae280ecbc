#!/bin/sh
# Builds an OpenWrt .ipk of a static netjs binary, in the format OpenWrt's ipkg-build writes and
# opkg reads: a gzip'd tar of ./debian-binary ("2.0"), ./data.tar.gz and ./control.tar.gz, every
# member owned by root (0/0), with ./-relative names. tests/packaging/check_ipk.py checks the result.
#
#   scripts/build-ipk.sh BINARY OPKG_ARCH VERSION OUTDIR [STRIP]
#
# BINARY is a static netjs (cmake -DNETJS_STATIC=ON); OPKG_ARCH is OpenWrt's architecture name (see
# README); STRIP is the target's strip program (default: strip).
set -eu
[ $# -ge 4 ] || { echo "usage: $0 BINARY OPKG_ARCH VERSION OUTDIR [STRIP]" >&2; exit 2; }
binary=$1 arch=$2 version=$3 outdir=$4 strip=${5:-strip}
src=$(cd "$(dirname "$0")/.." && pwd)
# Reproducible: every timestamp is the date of the last commit (or 0 outside git).
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct 2>/dev/null || echo 0)}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=$tmp/data control=$tmp/control
mkdir -p "$data/usr/bin" "$data/etc/init.d" "$data/etc/config" "$data/usr/share/doc/netjs" "$control"

"$strip" -o "$data/usr/bin/netjs" "$binary"
chmod 0755 "$data/usr/bin/netjs"
install -m 0755 "$src/packaging/openwrt/netjs.init" "$data/etc/init.d/netjs"
install -m 0644 "$src/packaging/openwrt/netjs.config" "$data/etc/config/netjs"
install -m 0644 "$src/debian/copyright" "$data/usr/share/doc/netjs/copyright"
find "$data" -type d -exec chmod 0755 {} +

installed_size=$(find "$data" -type f -exec cat {} + | wc -c)
cat > "$control/control" <<CONTROL
Package: netjs
Version: $version
Source: netjs
SourceName: netjs
License: MIT
Section: net
Maintainer: netjs developers <netjs@example.org>
Architecture: $arch
Installed-Size: $installed_size
Description: JavaScript networking scripts and TCP/UDP tools on Duktape and libuv.
 netjs runs IoT.js- and Node-style JavaScript networking scripts, and serves,
 connects to and probes TCP and UDP ports (netjs serve/connect/probe). Static
 build: needs no libraries. The procd service (/etc/init.d/netjs) runs netjs
 serve as an unprivileged user; it is disabled until enabled in
 /etc/config/netjs.
CONTROL
echo "/etc/config/netjs" > "$control/conffiles"
install -m 0755 "$src/packaging/openwrt/prerm" "$control/prerm"
chmod 0644 "$control/control" "$control/conffiles"
printf '2.0\n' > "$tmp/debian-binary"

tarc() {  # tarc DIR OUT MEMBERS...: a deterministic gzip'd tar, root-owned, ./ names
  dir=$1 out=$2
  shift 2
  (cd "$dir" && tar --format=gnu --numeric-owner --owner=0 --group=0 --sort=name \
     --mtime="@$epoch" -cf - "$@") | gzip -9n > "$out"
}
tarc "$data" "$tmp/data.tar.gz" .
tarc "$control" "$tmp/control.tar.gz" ./control ./conffiles ./prerm
chmod 0644 "$tmp/debian-binary" "$tmp/data.tar.gz" "$tmp/control.tar.gz"
touch -d "@$epoch" "$tmp/debian-binary" "$tmp/data.tar.gz" "$tmp/control.tar.gz"
mkdir -p "$outdir"
out=$outdir/netjs_${version}_${arch}.ipk
tarc "$tmp" "$out" ./debian-binary ./data.tar.gz ./control.tar.gz
echo "$out"
