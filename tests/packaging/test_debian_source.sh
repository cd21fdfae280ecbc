#!/bin/bash
# The Debian source package (debian/) agrees with the rest of the tree, and its autopkgtest scripts
# pass against this build's netjs:
#   - debian/changelog's version is CMakeLists.txt's project VERSION
#   - debian/netjs.socket and debian/netjs.default are the files in packaging/systemd (links), and
#     debian/rules fills in every @VAR@ of packaging/systemd/netjs.service.in
#   - debian/tests/loopback-echo and debian/tests/probe (run as autopkgtest runs them, on the
#     installed package) pass with NETJS pointing at the netjs under test
# Usage: test_debian_source.sh /path/to/netjs   (exit 0 = pass)
. "$(dirname "$0")/../cli/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

cmake_version=$(sed -n 's/^project(netjs VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")
deb_version=$(sed -n '1s/^netjs (\([^)]*\)) .*/\1/p' "$ROOT/debian/changelog")
[ -n "$cmake_version" ] && [ "$cmake_version" = "$deb_version" ] \
  && pass "debian/changelog's version is the project's ($cmake_version)" \
  || fail "version: CMakeLists.txt says '$cmake_version', debian/changelog '$deb_version' (add a changelog entry: dch -v $cmake_version)"

for f in netjs.socket netjs.default; do
  [ "$(readlink "$ROOT/debian/$f")" = "../packaging/systemd/$f" ] && [ -f "$ROOT/debian/$f" ] \
    && pass "debian/$f is packaging/systemd/$f" || fail "debian/$f is not a link to ../packaging/systemd/$f"
done

# Each @VAR@ of the unit template has its substitution in debian/rules.
vars=$(grep -o '@[A-Z_]*@' "$ROOT/packaging/systemd/netjs.service.in" | sort -u)
[ -n "$vars" ] || fail "no @VAR@ in netjs.service.in: the test no longer checks anything"
for v in $vars; do
  grep -q "s|$v|" "$ROOT/debian/rules" && pass "debian/rules substitutes $v" \
    || fail "debian/rules does not substitute $v of netjs.service.in (execute_before_dh_installsystemd)"
done

for t in loopback-echo probe; do
  if NETJS=$NETJS bounded 60 sh "$ROOT/debian/tests/$t" >"$TMP/$t.out" 2>&1; then
    pass "autopkgtest $t passes"
  else
    fail "autopkgtest $t: $(cat "$TMP/$t.out")"
  fi
done
finish
