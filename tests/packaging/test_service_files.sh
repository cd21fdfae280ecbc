#!/bin/bash
# The service files run `netjs serve` with options from a config file: check that the options they
# produce are ones netjs accepts, and that the server then listens.
#   - systemd: NETJS_SERVE_OPTS from packaging/systemd/netjs.default, as ExecStart passes it, run alone
#     and started by netjs.socket (through systemd-socket-activate, when installed)
#   - OpenWrt: packaging/openwrt/netjs.init's start_service, with the rc.common/procd/UCI functions
#     stubbed, reading packaging/openwrt/netjs.config (disabled: no instance; enabled: a command)
# Usage: test_service_files.sh /path/to/netjs   (exit 0 = pass)
. "$(dirname "$0")/../cli/lib.sh"
PKG=$(cd "$(dirname "$0")/../../packaging" && pwd)
PROJECT_ROOT=$(cd "$PKG/.." && pwd)

# runs_server DESCRIPTION ARGS...: `netjs ARGS`, its --port set to 0, must start listening (and keep running): a
# usage error (exit 2) or any other exit fails.
runs_server() {
  what=$1
  shift
  local args=() prev=""
  for a in "$@"; do
    case $prev in -p|--port) a=0 ;; esac
    args+=("$a")
    prev=$a
  done
  "$NETJS" "${args[@]}" >"$TMP/srv.out" 2>"$TMP/srv.err" &
  pid=$!
  for _ in $(seq 1 300); do
    grep -q 'listening on' "$TMP/srv.out" "$TMP/srv.err" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q 'listening on' "$TMP/srv.out" "$TMP/srv.err" && kill -0 "$pid" 2>/dev/null; then
    pass "$what: netjs $* listens"
  else
    fail "$what: netjs $* did not listen: $(head -c 400 "$TMP/srv.err")"
  fi
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# --- systemd: ExecStart=/usr/bin/netjs serve $NETJS_SERVE_OPTS (split on whitespace) ----------------
unit=$PKG/systemd/netjs.service.in
expect_grep "$unit" '^ExecStart=@NETJS_BINDIR@/netjs serve \$NETJS_SERVE_OPTS$' "unit: ExecStart runs netjs serve"
expect_grep "$unit" '^EnvironmentFile=-@NETJS_SYSCONFDIR@/default/netjs$' "unit: reads /etc/default/netjs"
expect_grep "$unit" '^DynamicUser=yes$' "unit: unprivileged dynamic user"
opts=$(sed -n 's/^NETJS_SERVE_OPTS="\(.*\)"$/\1/p' "$PKG/systemd/netjs.default")
[ -n "$opts" ] && pass "default file sets NETJS_SERVE_OPTS" || fail "no NETJS_SERVE_OPTS in netjs.default"
# Safe defaults: a cap on clients and an idle timeout in the options, and bounds in the unit that hold
# whatever the options say; no privilege unless a drop-in adds it (the default file says how).
unit_opts=$(sed -n 's/^Environment=NETJS_SERVE_OPTS="\(.*\)"$/\1/p' "$unit")
[ "$unit_opts" = "$opts" ] && pass "unit's fallback options are the default file's" ||
  fail "unit ($unit_opts) and default file ($opts) disagree"
for want in '--max-connections [0-9]+' '--idle-timeout [0-9]+'; do
  echo "$opts" | grep -Eq -- "$want" && pass "default options: $want" || fail "default options lack $want: $opts"
done
expect_grep "$unit" '^CapabilityBoundingSet=$' "unit: no capabilities by default"
expect_no_grep "$unit" '^AmbientCapabilities=' "unit: grants nothing (a port < 1024 takes a drop-in)"
expect_grep "$PKG/systemd/netjs.default" 'AmbientCapabilities=CAP_NET_BIND_SERVICE' "default file: says how to allow a port < 1024"
expect_grep "$unit" '^LimitNOFILE=1024$' "unit: descriptors bounded"
expect_grep "$unit" '^MemoryMax=[0-9]+M$' "unit: memory bounded (MemoryMax)"
# shellcheck disable=SC2086  # split like systemd's $VAR
runs_server "/etc/default/netjs options" serve $opts
# The unit as systemd reads it (every directive known, ExecStart an executable file), with the paths
# pointing at the netjs under test. systemd-analyze needs no running systemd; without it, say so.
if command -v systemd-analyze >/dev/null; then
  netjs_abs=$(cd "$(dirname "$NETJS")" && pwd)/$(basename "$NETJS")
  mkdir -p "$TMP/default"
  sed -e "s|@NETJS_BINDIR@/netjs|$netjs_abs|" -e "s|@NETJS_SYSCONFDIR@|$TMP|" "$unit" >"$TMP/netjs.service"
  cp "$PKG/systemd/netjs.default" "$TMP/default/netjs"
  cp "$PKG/systemd/netjs.socket" "$TMP/netjs.socket"
  # It only warns (exit 0) of an unknown directive, which it then ignores: any message fails.
  if (cd "$TMP" && systemd-analyze verify --man=no netjs.service) >"$TMP/verify.out" 2>&1 &&
     [ ! -s "$TMP/verify.out" ]; then
    pass "unit: systemd-analyze verify"
  else
    fail "unit: systemd-analyze verify: $(cat "$TMP/verify.out")"
  fi
  # The socket unit with the service it starts beside it (verify checks that it exists).
  if (cd "$TMP" && systemd-analyze verify --man=no netjs.socket) >"$TMP/verify.out" 2>&1 &&
     [ ! -s "$TMP/verify.out" ]; then
    pass "socket unit: systemd-analyze verify"
  else
    fail "socket unit: systemd-analyze verify: $(cat "$TMP/verify.out")"
  fi
else
  echo "note: systemd-analyze not installed; the unit's syntax is not verified here"
fi

# --- systemd: netjs.socket binds the port and starts the service with it -----------------------------
sock=$PKG/systemd/netjs.socket
default_port=$(echo "$opts" | sed -n 's/.*--port \([0-9][0-9]*\).*/\1/p')
expect_grep "$sock" "^ListenStream=$default_port\$" "socket unit: listens on the default options' port ($default_port)"
[ "$(grep -Ec '^Listen(Stream|Datagram|SequentialPacket|FIFO)=' "$sock")" -eq 1 ] &&
  pass "socket unit: one Listen line (serve takes one socket)" || fail "socket unit: not exactly one Listen line"
expect_grep "$sock" '^Accept=no$' "socket unit: Accept=no (one serve for every connection)"
expect_grep "$sock" '^WantedBy=sockets\.target$' "socket unit: installs into sockets.target"
expect_grep "$sock" '^#   ListenStream=7$' "socket unit: says how to use a privileged port"
expect_grep "$PROJECT_ROOT/packaging/CMakeLists.txt" 'install\(FILES systemd/netjs\.socket DESTINATION \$\{NETJS_SYSTEMD_UNITDIR\}\)' \
  "socket unit installed beside the service"
# Started by the socket, the service's own command serves on the socket it is given (its --port is
# ignored): systemd-socket-activate passes a listening socket as systemd does.
if command -v systemd-socket-activate >/dev/null; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # shellcheck disable=SC2086  # split like systemd's $VAR
  systemd-socket-activate -l "127.0.0.1:$port" "$NETJS" serve $opts >"$TMP/act.out" 2>"$TMP/act.err" &
  act=$!
  if wait_grep "$TMP/act.err" "Listening on 127.0.0.1:$port|rror" 10 && grep -q 'Listening on' "$TMP/act.err"; then
    expect_code 0 "socket-activated: the service's command echoes on the socket given" -- \
      bounded 10 "$NETJS" connect --send 'unit\n' --expect unit 127.0.0.1 "$port"
    expect_grep "$TMP/act.err" "listening on 127\.0\.0\.1:$port, mode echo, socket activation .*--port.* ignored" \
      "socket-activated: serve says it took the socket, --port ignored"
  else
    # Another process took the port between the check and the bind: nothing learnt, say so.
    echo "note: systemd-socket-activate could not listen: $(cat "$TMP/act.err")"
  fi
  kill "$act" 2>/dev/null
  wait "$act" 2>/dev/null
else
  echo "note: systemd-socket-activate not installed; the service is not tried under socket activation"
fi

# --- OpenWrt procd script ---------------------------------------------------------------------------
# Minimal stand-ins for /etc/rc.common, /lib/functions.sh (UCI) and procd.sh.
openwrt_command() {  # openwrt_command CONFIG_FILE: prints the instance command, one arg per line
  (
    uci_file=$1
    config_load() { :; }
    config_get() {  # config_get VAR SECTION OPTION [DEFAULT]
      local v
      v=$(sed -n "s/^[[:space:]]*option $3 '\(.*\)'$/\1/p" "$uci_file" | head -1)
      eval "$1=\${v:-\${4-}}"
    }
    config_get_bool() {
      config_get "$@"
      case $(eval echo "\$$1") in 1|on|true|yes|enabled) eval "$1=1" ;; *) eval "$1=0" ;; esac
    }
    procd_open_instance() { echo "instance" >"$TMP/procd"; }
    procd_set_param() { local p=$1; shift; printf 'set %s' "$p" >>"$TMP/procd"; printf ' %s' "$@" >>"$TMP/procd"; echo >>"$TMP/procd"; if [ "$p" = command ]; then printf '%s\n' "$@" >"$TMP/cmd"; fi; }
    procd_append_param() { local p=$1; shift; if [ "$p" = command ]; then printf '%s\n' "$@" >>"$TMP/cmd"; fi; }
    procd_close_instance() { echo "close" >>"$TMP/procd"; }
    rm -f "$TMP/cmd" "$TMP/procd"
    # The script's own code, without its '#!/bin/sh /etc/rc.common' interpreter line.
    . <(tail -n +2 "$PKG/openwrt/netjs.init")
    start_service 2>"$TMP/init.err"
  )
}
init=$PKG/openwrt/netjs.init
head -1 "$init" | grep -qx '#!/bin/sh /etc/rc.common' && pass "init: rc.common script" || fail "init: first line"
sh -n "$init" && pass "init: sh -n" || fail "init: syntax error"

cp "$PKG/openwrt/netjs.config" "$TMP/uci"
openwrt_command "$TMP/uci"
[ ! -e "$TMP/cmd" ] && pass "init: disabled by default (no procd instance)" || fail "init: starts although disabled"
expect_grep "$TMP/init.err" "enabled '1'" "init: says how to enable"

sed -i "s/option enabled '0'/option enabled '1'/" "$TMP/uci"
openwrt_command "$TMP/uci"
if [ -e "$TMP/cmd" ]; then
  mapfile -t cmd <"$TMP/cmd"
  [ "${cmd[0]}" = /usr/bin/netjs ] && [ "${cmd[1]}" = serve ] && pass "init: runs /usr/bin/netjs serve" ||
    fail "init: command ${cmd[*]}"
  expect_grep "$TMP/procd" '^set user nobody$' "init: runs as nobody"
  expect_grep "$TMP/procd" '^set respawn' "init: respawn"
  expect_grep "$TMP/procd" '^set limits nofile=1024 1024$' "init: descriptors bounded"
  for opt in --max-connections --idle-timeout; do
    printf '%s\n' "${cmd[@]}" | grep -qx -- "$opt" && pass "init: $opt by default" || fail "init: no $opt by default: ${cmd[*]}"
  done
  runs_server "procd command (defaults)" "${cmd[@]:1}"
else
  fail "init: no procd instance when enabled"
fi

# Every option of the config file, uncommented.
sed -i -e "s/^\t#option /\toption /" -e "s|option script '.*'|option script '$TMP/server.js'|" \
  -e "s/option host '.*'/option host '127.0.0.1'/" -e "s/option family '.*'/option family '4'/" "$TMP/uci"
echo 'module.exports = function (socket) { socket.pipe(socket); };' >"$TMP/server.js"
openwrt_command "$TMP/uci"
mapfile -t cmd <"$TMP/cmd"
for opt in --host --script --max-connections --idle-timeout --keepalive -4; do
  printf '%s\n' "${cmd[@]}" | grep -qx -- "$opt" && pass "init: passes $opt" || fail "init: no $opt in ${cmd[*]}"
done
runs_server "procd command (all options)" "${cmd[@]:1}"

finish
