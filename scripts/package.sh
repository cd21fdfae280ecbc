#!/bin/sh
# Builds the netjs packages from this source tree and checks them:
#   deb-amd64, deb-armhf, deb-arm64   .deb (CPack), dynamic build, linted with lintian
#   ipk-armhf, ipk-arm64, ipk-armel   OpenWrt .ipk of a static, size-optimised build, checked with
#   ipk-x86_64                        tests/packaging/check_ipk.py
#
#   scripts/package.sh [TARGET...]        (default: every deb-* and ipk-* but ipk-x86_64)
#
# Needs scripts/install-deps.sh and scripts/install-cross-deps.sh. Build directories go to
# $NETJS_PKG_BUILD_ROOT (default: build-packages/) as <root>/deb-<arch> and <root>/static-<arch>; the
# packages to <root>/dist/. The armhf/arm64 .deb build directories have the tests built too:
#   ctest --test-dir build-packages/deb-armhf -LE slow      runs the suite under qemu-user.
# OpenWrt architecture names of the .ipk files: NETJS_IPK_ARCH_<arch> (see README, "OpenWrt").
set -eu
cd "$(dirname "$0")/.."
src=$(pwd)
root=${NETJS_PKG_BUILD_ROOT:-build-packages}
mkdir -p "$root/dist"
root=$(cd "$root" && pwd)
dist=$root/dist
jobs=$(nproc 2>/dev/null || echo 2)
version=$(sed -n 's/^project(netjs VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "package.sh: no version in CMakeLists.txt" >&2; exit 1; }

targets=${*:-deb-amd64 deb-armhf deb-arm64 ipk-armhf ipk-arm64 ipk-armel}
failed=""

toolchain() {  # Debian architecture -> toolchain file ("" for the build machine)
  case $1 in
    amd64|x86_64) echo "" ;;
    armhf) echo "$src/cmake/toolchains/arm-linux-gnueabihf.cmake" ;;
    arm64) echo "$src/cmake/toolchains/aarch64-linux-gnu.cmake" ;;
    armel) echo "$src/cmake/toolchains/arm-linux-gnueabi.cmake" ;;
    *) echo "package.sh: unknown architecture $1" >&2; exit 2 ;;
  esac
}
triplet() {
  case $1 in
    amd64|x86_64) echo x86_64-linux-gnu ;; armhf) echo arm-linux-gnueabihf ;;
    arm64) echo aarch64-linux-gnu ;; armel) echo arm-linux-gnueabi ;;
  esac
}

configure() {  # configure DIR ARCH ARGS...
  dir=$1 arch=$2
  shift 2
  tc=$(toolchain "$arch")
  set -- -DCMAKE_INSTALL_PREFIX=/usr "$@"
  [ -n "$tc" ] && set -- -DCMAKE_TOOLCHAIN_FILE="$tc" "$@"
  cmake -S "$src" -B "$dir" "$@" >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
}

deb() {  # deb ARCH
  arch=$1 dir=$root/deb-$1
  mkdir -p "$dir"
  # Debian's hardening flags for the target (PIE, RELRO + BIND_NOW, FORTIFY, stack protector).
  flags() { DEB_HOST_ARCH=$arch DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get "$1"; }
  CFLAGS="$(flags CFLAGS) $(flags CPPFLAGS)" CXXFLAGS="$(flags CXXFLAGS) $(flags CPPFLAGS)" \
    LDFLAGS="$(flags LDFLAGS)" configure "$dir" "$arch" -DCMAKE_BUILD_TYPE=RelWithDebInfo || return 1
  cmake --build "$dir" -j "$jobs" || return 1
  rm -f "$dir"/packages/*.deb
  (cd "$dir" && cpack -G DEB >cpack.log 2>&1) || { cat "$dir/cpack.log"; return 1; }
  cp "$dir"/packages/netjs_"$version"_"$arch".deb "$dist/"
  echo "== lintian netjs_${version}_$arch.deb =="
  # --fail-on error,warning: any E: or W: tag fails the build; I: (info) tags are shown.
  rc=0
  lintian --fail-on error,warning --display-info "$dist/netjs_${version}_$arch.deb" \
    >"$dist/netjs_${version}_$arch.lintian" 2>&1 || rc=$?
  grep -v '^running with root privileges' "$dist/netjs_${version}_$arch.lintian" || echo "(no tags)"
  return $rc
}

ipk_arch() {  # Debian architecture -> OpenWrt architecture name
  case $1 in
    armhf) echo "${NETJS_IPK_ARCH_armhf:-arm_cortex-a7_neon-vfpv4}" ;;
    arm64) echo "${NETJS_IPK_ARCH_arm64:-aarch64_cortex-a53}" ;;
    armel) echo "${NETJS_IPK_ARCH_armel:-arm_arm1176jzf-s_vfp}" ;;
    x86_64) echo "${NETJS_IPK_ARCH_x86_64:-x86_64}" ;;
  esac
}
elf_machine() {
  case $1 in armhf|armel) echo arm ;; arm64) echo aarch64 ;; x86_64) echo x86_64 ;; esac
}

ipk() {  # ipk ARCH
  arch=$1 dir=$root/static-$1
  mkdir -p "$dir"
  configure "$dir" "$arch" -DCMAKE_BUILD_TYPE=MinSizeRel -DNETJS_STATIC=ON -DNETJS_BUILD_TESTS=OFF || return 1
  cmake --build "$dir" -j "$jobs" --target netjs || return 1
  strip=$(triplet "$arch")-strip
  [ "$arch" = x86_64 ] && strip=strip
  out=$(scripts/build-ipk.sh "$dir/netjs" "$(ipk_arch "$arch")" "$version" "$dist" "$strip") || return 1
  "$strip" -o "$dist/netjs-static-$arch" "$dir/netjs"
  echo "== check_ipk $(basename "$out") =="
  python3 tests/packaging/check_ipk.py --arch "$(ipk_arch "$arch")" --elf-machine "$(elf_machine "$arch")" \
    --static "$out"
}

for t in $targets; do
  start=$(date +%s)
  echo "==== $t ===="
  case $t in
    deb-*) deb "${t#deb-}" || failed="$failed $t" ;;
    ipk-*) ipk "${t#ipk-}" || failed="$failed $t" ;;
    *) echo "package.sh: unknown target $t" >&2; exit 2 ;;
  esac
  echo "==== $t: $(( $(date +%s) - start )) s ===="
done

echo "==== packages and binaries ($dist) ===="
for f in "$dist"/*.deb; do
  [ -e "$f" ] || continue
  bin=$(dpkg-deb --fsys-tarfile "$f" | tar -xOf - ./usr/bin/netjs | wc -c)
  printf '%-40s %9s bytes   netjs (dynamic, stripped) %9s bytes   Depends: %s\n' "$(basename "$f")" \
    "$(wc -c <"$f")" "$bin" "$(dpkg-deb -f "$f" Depends)"
done
for f in "$dist"/*.ipk; do
  [ -e "$f" ] || continue
  bin=$(tar -xOzf "$f" ./data.tar.gz | tar -xOzf - ./usr/bin/netjs | wc -c)
  printf '%-40s %9s bytes   netjs (static, stripped)  %9s bytes\n' "$(basename "$f")" "$(wc -c <"$f")" "$bin"
done
if [ -n "$failed" ]; then
  echo "package.sh: FAILED:$failed" >&2
  exit 1
fi
