#!/bin/sh
# Smoke test of a static netjs the way OpenWrt runs it: with none of the target's libraries on the
# system. Checks --version, a TCP echo round trip on loopback, and name resolution from /etc/hosts
# (glibc's built-in "files" source, which a static binary has without any NSS module).
#   smoke_static.sh BINARY TRIPLET [EMULATOR [ARGS...]]
# When run as root with unshare(1) available, the target's multi-arch library directory
# (/usr/lib/TRIPLET) is hidden under an empty tmpfs for the run (not for the build machine's own
# architecture, whose libraries the shell needs).
set -eu
bin=$1 triplet=$2
shift 2
script='
var net = require("net"), dns = require("dns");
dns.lookup("localhost", { family: 4 }, function (err, addr) {
  if (err || addr !== "127.0.0.1") { console.log("dns: " + (err ? err.code : addr)); process.exit(1); }
  var s = net.createServer(function (c) { c.pipe(c); }).listen(0, "127.0.0.1", function () {
    var c = net.connect(s.address().port, "127.0.0.1", function () { c.end("ping"); });
    var got = "";
    c.on("data", function (d) { got += d; });
    c.on("close", function () { s.close(); console.log(got === "ping" ? "smoke ok" : "echo: " + got); });
  });
});'
run() {
  if [ "$(id -u)" = 0 ] && [ -d "/usr/lib/$triplet" ] && [ "$triplet" != "$(dpkg-architecture -qDEB_BUILD_MULTIARCH 2>/dev/null)" ] &&
     unshare -m true 2>/dev/null; then
    unshare -m sh -c 'mount -t tmpfs none "/usr/lib/$0" && exec "$@"' "$triplet" "$@"
  else
    "$@"
  fi
}
version=$(run "$@" "$bin" --version)
echo "$version"
case $version in netjs\ [0-9]*) ;; *) echo "smoke_static: bad --version output" >&2; exit 1 ;; esac
out=$(run "$@" "$bin" -e "$script")
echo "$out"
[ "$out" = "smoke ok" ]
