#!/bin/sh
# Builds the netjs packages from this source tree and checks them:
#   deb-amd64, deb-armhf, deb-arm64   .deb from the Debian source package (debian/, dpkg-buildpackage),
#                                     linted with lintian; amd64 native, arm64 cross-built (dynamic),
#                                     armhf cross-built with the pkg.netjs.armv6 profile: a static
#                                     ARMv6 build that runs on every Raspberry Pi (deb_options)
#   deb-source                        the source package itself (.dsc, .tar.xz), linted with lintian
#   autopkgtest-amd64                 autopkgtest (debian/tests) of the amd64 .deb built before, on
#                                     this machine (null runner; as root)
#   ipk-armhf, ipk-arm64, ipk-armel   OpenWrt .ipk of a static, size-optimised build, checked with
#   ipk-x86_64                        tests/packaging/check_ipk.py
#
#   scripts/package.sh [TARGET...]        (default: deb-source, every deb-* and ipk-* but ipk-x86_64)
#
# Needs scripts/install-deps.sh and scripts/install-cross-deps.sh. dpkg-buildpackage runs in a copy
# of the tree, <root>/deb-src-<arch>/netjs-<version>, so this tree stays clean; <root> is
# $NETJS_PKG_BUILD_ROOT (default: build-packages/). dh_auto_test runs the test suite but its "slow"
# tests in every .deb build (the cross builds under qemu-user; DEB_BUILD_OPTIONS=nocheck skips it),
# and <root>/deb-<arch> is a link to the build directory, to run it again:
#   QEMU_CPU=cortex-a7 ctest --test-dir build-packages/deb-armhf -LE slow
# The static builds are in <root>/static-<arch>; the packages go to <root>/dist/.
# OpenWrt architecture names of the .ipk files: NETJS_IPK_ARCH_<arch> (see README, "OpenWrt").
# NETJS_PKG_INSTALL_TEST=1 (as root): also install, run and remove each .deb (the armhf and arm64
# ones through multi-arch, their netjs run under qemu-user).
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

targets=${*:-deb-source deb-amd64 deb-armhf deb-arm64 ipk-armhf ipk-arm64 ipk-armel}
failed=""

toolchain() {  # Debian architecture -> toolchain file ("" for the build machine)
  case $1 in
    amd64|x86_64) echo "" ;;
    armhf) echo "$src/cmake/toolchains/arm-linux-gnueabihf.cmake" ;;
    arm64) echo "$src/cmake/toolchains/aarch64-linux-gnu.cmake" ;;
    armel) echo "$src/cmake/toolchains/arm-linux-gnueabi.cmake" ;;
    armhf-armv6) echo "$src/cmake/toolchains/armhf-armv6-static.cmake" ;;
    *) echo "package.sh: unknown architecture $1" >&2; exit 2 ;;
  esac
}
triplet() {
  case $1 in
    amd64|x86_64) echo x86_64-linux-gnu ;; armhf) echo arm-linux-gnueabihf ;;
    arm64) echo aarch64-linux-gnu ;; armel) echo arm-linux-gnueabi ;;
  esac
}

configure() {  # configure DIR BUILD ARGS...: BUILD names the toolchain()
  dir=$1 tc=$(toolchain "$2")
  shift 2
  set -- -DCMAKE_INSTALL_PREFIX=/usr "$@"
  [ -n "$tc" ] && set -- -DCMAKE_TOOLCHAIN_FILE="$tc" "$@"
  cmake -S "$src" -B "$dir" "$@" >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; return 1; }
}

deb_options() {  # deb_options ARCH: dpkg-buildpackage's options for the .deb of ARCH
  [ "$1" = "$(dpkg --print-architecture)" ] || echo "-a $1"
  # Every Raspberry Pi on 32-bit Raspberry Pi OS, ARMv6 Pi 1 / Zero included: Debian's armhf
  # libraries are ARMv7 code, so the armhf .deb carries a static build with Debian armel's
  # libraries and ARMv6 + VFP code (debian/rules; README, "Packages").
  [ "$1" = armhf ] && echo "-Ppkg.netjs.armv6"
  true
}

copy_tree() {  # copy_tree DIR: the source tree's files (tracked and new, not ignored ones) into DIR
  mkdir -p "$1"
  if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$src" ls-files -z --cached --others --exclude-standard |
      (cd "$src" && xargs -0 sh -c 'for f; do [ -e "$f" ] || [ -L "$f" ] && printf "%s\0" "$f"; done' sh) |
      (cd "$src" && tar -cf - --null --no-recursion -T -) | tar -xf - -C "$1"
  else  # a release tarball: everything but build directories
    (cd "$src" && tar -cf - --exclude='./build*' .) | tar -xf - -C "$1"
  fi
}

deb() {  # deb ARCH
  arch=$1 work=$root/deb-src-$1
  tree=$work/netjs-$version
  rm -rf "$work" "$root/deb-$arch"
  copy_tree "$tree"
  # dpkg-buildpackage writes the packages next to the tree; -j: make's jobs and ctest's.
  (cd "$tree" && dpkg-buildpackage -us -uc -b -j"$jobs" $(deb_options "$arch")) >"$work/build.log" 2>&1 || {
    tail -n 100 "$work/build.log"; echo "package.sh: dpkg-buildpackage failed: $work/build.log" >&2; return 1; }
  grep -E '^(100% tests passed|[0-9]+% tests passed)|^debian/rules: .*tests not run' "$work/build.log" || true
  ln -s "$tree/obj-$(triplet "$arch")" "$root/deb-$arch"
  cp "$work"/netjs_"$version"_"$arch".deb "$dist/"
  echo "== lintian netjs_${version}_$arch.deb =="
  # --fail-on error,warning: any E: or W: tag fails the build; I: (info) tags are shown.
  if [ "${NETJS_PKG_INSTALL_TEST:-0}" = 1 ] && [ "$(id -u)" = 0 ]; then
    install_test "$dist/netjs_${version}_$arch.deb" "$arch" || return 1
  fi
  rc=0
  lintian --fail-on error,warning --display-info "$dist/netjs_${version}_$arch.deb" \
    >"$dist/netjs_${version}_$arch.lintian" 2>&1 || rc=$?
  grep -v '^running with root privileges' "$dist/netjs_${version}_$arch.lintian" || echo "(no tags)"
  return $rc
}

deb_source() {  # the source package (.dsc and .tar.xz) every .deb is built from, checked by lintian
  work=$root/deb-src-source
  rm -rf "$work"
  copy_tree "$work/netjs-$version"
  # -d: making the source package needs none of the Build-Depends.
  (cd "$work/netjs-$version" && dpkg-buildpackage -us -uc -S -d) >"$work/build.log" 2>&1 || {
    tail -n 30 "$work/build.log"; echo "package.sh: dpkg-buildpackage -S failed: $work/build.log" >&2; return 1; }
  cp "$work/netjs_$version.dsc" "$work/netjs_$version.tar.xz" "$dist/"
  echo "== lintian netjs_$version.dsc =="
  rc=0
  lintian --fail-on error,warning --display-info "$dist/netjs_$version.dsc" >"$dist/netjs_${version}_source.lintian" 2>&1 || rc=$?
  grep -v '^running with root privileges' "$dist/netjs_${version}_source.lintian" || echo "(no tags)"
  return $rc
}

autopkgtest_deb() {  # autopkgtest_deb ARCH: debian/tests on this machine, against the .deb in dist/
  deb=$dist/netjs_${version}_$1.deb
  [ -e "$deb" ] || { echo "package.sh: no $deb: build deb-$1 first" >&2; return 1; }
  [ "$(id -u)" = 0 ] || { echo "package.sh: autopkgtest with the null runner installs packages: run as root" >&2; return 1; }
  work=$root/autopkgtest-src
  rm -rf "$work" "$root/autopkgtest-out"
  copy_tree "$work"
  installed=no
  dpkg -s netjs >/dev/null 2>&1 && installed=yes
  rc=0
  autopkgtest --output-dir "$root/autopkgtest-out" "$deb" "$work" -- null || rc=$?
  # The null runner installs the package on this machine and leaves it there.
  [ "$installed" = yes ] || dpkg -P netjs >/dev/null || rc=1
  return $rc
}

install_test() {  # install_test DEB ARCH: dpkg -i, netjs --version, dpkg -r, dpkg -P leave nothing behind
  echo "== install test $(basename "$1") =="
  # A foreign architecture's package installs through multi-arch (its Depends, e.g. libuv1:armhf,
  # come from scripts/install-cross-deps.sh); dpkg refuses it if Depends name a missing library.
  dpkg -i "$1" >/dev/null || return 1
  # The installed binary runs, under qemu-user with the oldest CPU of its build when foreign.
  run=$(emulator "$2")
  [ "$2" = "$(dpkg --print-architecture)" ] && run=""
  $run /usr/bin/netjs --version || return 1
  # The armhf .deb is for every Raspberry Pi: ARMv6 (Pi 1, Zero) and ARMv7 (Pi 2; Pi 3-5 in 32-bit).
  if [ "$2" = armhf ]; then
    for cpu in arm1176 cortex-a7; do
      printf '%s: ' "$cpu"; qemu-arm -cpu "$cpu" /usr/bin/netjs --version || return 1
    done
  fi
  man -w netjs >/dev/null 2>&1 || [ -e /usr/share/man/man1/netjs.1.gz ] || return 1
  [ -e /etc/default/netjs ] && [ -e /lib/systemd/system/netjs.service ] || return 1
  [ -e /lib/systemd/system/netjs.socket ] || return 1
  # Installed, not enabled (dh_installsystemd --no-enable): nothing starts it until the admin does.
  for wants in multi-user.target.wants/netjs.service sockets.target.wants/netjs.socket; do
    [ ! -e "/etc/systemd/system/$wants" ] || { echo "package.sh: $wants enabled on install" >&2; return 1; }
  done
  dpkg -r netjs >/dev/null || return 1
  [ ! -e /usr/bin/netjs ] && [ -e /etc/default/netjs ] || return 1   # conffile kept until purge
  dpkg -P netjs >/dev/null || return 1
  if [ -e /etc/default/netjs ] || dpkg -s netjs >/dev/null 2>&1; then return 1; fi
  echo "installed, ran, removed and purged cleanly"
}

ipk_arch() {  # Debian architecture -> OpenWrt architecture name
  case $1 in
    armhf) echo "${NETJS_IPK_ARCH_armhf:-arm_cortex-a7_neon-vfpv4}" ;;
    arm64) echo "${NETJS_IPK_ARCH_arm64:-aarch64_cortex-a53}" ;;
    armel) echo "${NETJS_IPK_ARCH_armel:-arm_arm1176jzf-s_vfp}" ;;
    x86_64) echo "${NETJS_IPK_ARCH_x86_64:-x86_64}" ;;
  esac
}
max_binary() {  # the stripped static binary's ceiling in bytes (today's size and ~5%; the aim is 1.5 MB)
  case $1 in armhf) echo 2160000 ;; arm64) echo 3110000 ;; armel) echo 2900000 ;; esac
}
elf_machine() {
  case $1 in armhf|armel) echo arm ;; arm64) echo aarch64 ;; x86_64) echo x86_64 ;; esac
}

ipk() {  # ipk ARCH
  arch=$1 dir=$root/static-$1
  mkdir -p "$dir"
  configure "$dir" "$arch" -DCMAKE_BUILD_TYPE=MinSizeRel -DNETJS_STATIC=ON -DNETJS_BUILD_TESTS=OFF \
    -DNETJS_EMBED_SOURCES=OFF || return 1
  cmake --build "$dir" -j "$jobs" --target netjs || return 1
  strip=$(triplet "$arch")-strip
  [ "$arch" = x86_64 ] && strip=strip
  out=$(scripts/build-ipk.sh "$dir/netjs" "$(ipk_arch "$arch")" "$version" "$dist" "$strip") || return 1
  "$strip" -o "$dist/netjs-static-$arch" "$dir/netjs"
  echo "== check_ipk $(basename "$out") =="
  max=$(max_binary "$arch")
  python3 tests/packaging/check_ipk.py --arch "$(ipk_arch "$arch")" --elf-machine "$(elf_machine "$arch")" \
    --static ${max:+--max-binary-size "$max"} "$out" || return 1
  echo "== smoke test of the static binary, without the target's libraries =="
  tests/packaging/smoke_static.sh "$dist/netjs-static-$arch" "$(triplet "$arch")" $(emulator "$arch")
}
emulator() {  # the oldest CPU each build is for: ARMv7 Cortex-A7, ARMv8 Cortex-A53, ARMv6 ARM1176
  case $1 in
    armhf) echo "qemu-arm -cpu cortex-a7" ;; arm64) echo "qemu-aarch64 -cpu cortex-a53" ;;
    armel) echo "qemu-arm -cpu arm1176" ;; x86_64) echo "" ;;
  esac
}

for t in $targets; do
  start=$(date +%s)
  echo "==== $t ===="
  case $t in
    deb-source) deb_source || failed="$failed $t" ;;
    deb-*) deb "${t#deb-}" || failed="$failed $t" ;;
    autopkgtest-*) autopkgtest_deb "${t#autopkgtest-}" || failed="$failed $t" ;;
    ipk-*) ipk "${t#ipk-}" || failed="$failed $t" ;;
    *) echo "package.sh: unknown target $t" >&2; exit 2 ;;
  esac
  echo "==== $t: $(( $(date +%s) - start )) s ===="
done

echo "==== packages and binaries ($dist) ===="
for f in "$dist"/*.deb; do
  [ -e "$f" ] || continue
  bin=$(dpkg-deb --fsys-tarfile "$f" | tar -xOf - ./usr/bin/netjs | wc -c)
  link=dynamic
  [ -z "$(dpkg-deb -f "$f" Depends)" ] && link=static
  printf '%-40s %9s bytes   netjs (%s, stripped) %9s bytes   Depends: %s\n' "$(basename "$f")" \
    "$(wc -c <"$f")" "$link" "$bin" "$(dpkg-deb -f "$f" Depends)"
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
