#!/bin/bash
# Dual-stack in plain words: a name with an IPv6 and an IPv4 address (dual.test: ::1 and 127.0.0.1, in
# an /etc/hosts of our own, bind-mounted in a private mount namespace). probe and connect say which
# family failed and how, the JSON `tried` list says the same. Skipped (77) where ::1 cannot be bound
# or a mount namespace cannot be made.
. "$(dirname "$0")/lib.sh"

if ! python3 -c 'import socket; socket.socket(socket.AF_INET6).bind(("::1", 0))' 2>/dev/null; then
  echo "skip: no IPv6 loopback here (cannot bind ::1)"
  exit 77
fi
printf '127.0.0.1 dual.test\n::1 dual.test\n' >"$TMP/hosts"
if ! with_hosts_works "$TMP/hosts"; then
  echo "skip: cannot bind-mount an /etc/hosts of our own (unshare -rm not permitted here)"
  exit 77
fi
hosts_prefix "$TMP/hosts"

# tried FILE: the first JSON line's tried list as "FAMILY:RESULT ...", in the order tried.
tried() {
  python3 -c 'import json, sys; print(" ".join("%d:%s" % (t["family"], t["result"]) for t in json.loads(open(sys.argv[1]).readline())["tried"]))' "$1"
}
# check_connect_words NAME PORT OPEN_FAMILY: connect to dual.test where only OPEN_FAMILY listens. When
# the other family was tried first (the resolver's order decides), stderr says how it failed and what
# is tried next; sets TRIED_FIRST_FAILED=1 then.
TRIED_FIRST_FAILED=0
check_connect_words() {
  local name=$1 port=$2 open=$3 other addr_open addr_other
  if [ "$open" = 4 ]; then other=6 addr_open='IPv4 127\.0\.0\.1' addr_other='IPv6 \[::1\]'; else other=4 addr_open='IPv6 \[::1\]' addr_other='IPv4 127\.0\.0\.1'; fi
  expect_code 0 "$name: connect --json" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect --json --send 'hi\n' dual.test "$port"
  local t
  t=$(tried "$TMP/out")
  expect_grep "$TMP/out" '^\{"event":"connect",.*"tried":\[' "$name: connect event carries tried"
  expect_code 0 "$name: connect" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect --send 'hi\n' dual.test "$port"
  [ "$(cat "$TMP/out")" = hi ] && pass "$name: the data came back" || fail "$name: stdout '$(cat "$TMP/out")'"
  if [ "$t" = "$other:refused $open:open" ]; then
    TRIED_FIRST_FAILED=1
    expect_grep "$TMP/err" "^netjs connect: $addr_other:$port: refused \(connect ECONNREFUSED\); trying $addr_open$" "$name: stderr says which family failed, how, and what is tried next"
    [ "$(wc -l <"$TMP/err")" -eq 1 ] && pass "$name: one line" || fail "$name: stderr $(cat "$TMP/err")"
    expect_code 0 "$name: connect -q" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect -q --send 'hi\n' dual.test "$port"
    [ ! -s "$TMP/err" ] && pass "$name: -q keeps it quiet" || fail "$name: -q stderr $(cat "$TMP/err")"
  elif [ "$t" = "$open:open" ]; then
    [ ! -s "$TMP/err" ] && pass "$name: first address open, nothing on stderr" || fail "$name: stderr $(cat "$TMP/err")"
  else
    fail "$name: tried '$t'"
  fi
}

# IPv4 open, IPv6 refused.
start_serve v4 || finish
P4=$SERVE_PORT
expect_code 0 "v4 only: probe" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" probe dual.test "$P4"
expect_grep "$TMP/out" "^dual\.test:$P4: open, 127\.0\.0\.1 \(IPv4\), dns [0-9.]+ ms, connect [0-9.]+ ms; IPv6 \[::1\]: refused \(connect ECONNREFUSED\)$" \
  "v4 only: the line says IPv6 was refused"
check_connect_words "v4 only" "$P4" 4

# -4 / -6 keep to one family: nothing said of the other.
expect_code 0 "-4: probe" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" probe -4 dual.test "$P4"
expect_no_grep "$TMP/out" 'IPv6' "-4: IPv6 not tried"
expect_code 3 "-6: probe refused" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" probe -6 dual.test "$P4"
expect_grep "$TMP/out" "^dual\.test:$P4: refused, ::1 \(IPv6\), dns [0-9.]+ ms \(connect ECONNREFUSED ::1:$P4\)$" "-6: only the IPv6 refusal"
expect_code 3 "-6: connect refused" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect -6 --send x dual.test "$P4"
expect_grep "$TMP/err" "^netjs connect: connect ECONNREFUSED ::1:$P4 \(connection refused\)$" "-6: connect's single refusal"
expect_code 0 "-4: connect" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect -4 --send x dual.test "$P4"
[ ! -s "$TMP/err" ] && pass "-4: connect says nothing" || fail "-4 stderr: $(cat "$TMP/err")"
stop_serve

# IPv6 open, IPv4 refused.
: >"$TMP/v6.err"
"$NETJS" serve --port 0 --host ::1 >"$TMP/v6.out" 2>"$TMP/v6.err" &
V6PID=$!
if wait_grep "$TMP/v6.err" 'listening on \[::1\]:[0-9]+' 10; then
  P6=$(sed -n 's/.*listening on \[::1\]:\([0-9]*\).*/\1/p' "$TMP/v6.err")
  expect_code 0 "v6 only: probe" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" probe dual.test "$P6"
  expect_grep "$TMP/out" "^dual\.test:$P6: open, ::1 \(IPv6\), dns [0-9.]+ ms, connect [0-9.]+ ms; IPv4 127\.0\.0\.1: refused \(connect ECONNREFUSED\)$" \
    "v6 only: the line says IPv4 was refused"
  check_connect_words "v6 only" "$P6" 6
  kill "$V6PID"; wait_exit "$V6PID"
else
  fail "serve on ::1 did not start: $(cat "$TMP/v6.err")"
fi
[ "$TRIED_FIRST_FAILED" = 1 ] && pass "one of the two cases tried the closed family first and said so" ||
  fail "neither case had connect fail over from one family to the other"

# Both refused: exit 3, each family's reason.
closed=$(free_port)
expect_code 3 "both refused: probe" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" probe dual.test "$closed"
expect_grep "$TMP/out" "^dual\.test:$closed: refused, " "both refused: probe result"
expect_grep "$TMP/out" "IPv6 \[::1\]: refused \(connect ECONNREFUSED\)|::1 \(IPv6\)" "both refused: IPv6 named"
expect_grep "$TMP/out" "IPv4 127\.0\.0\.1: refused \(connect ECONNREFUSED\)|127\.0\.0\.1 \(IPv4\)" "both refused: IPv4 named"
expect_grep "$TMP/out" "; IPv[46] [^ ]+: refused \(connect ECONNREFUSED\)$" "both refused: the other family in words"
expect_code 3 "both refused: connect" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect --send x dual.test "$closed"
expect_grep "$TMP/err" "^netjs connect: dual\.test:$closed: IPv[46] [^ ]+: refused \(connect ECONNREFUSED\); IPv[46] [^ ]+: refused \(connect ECONNREFUSED\)$" \
  "both refused: connect's error says each"
expect_grep "$TMP/err" "IPv6 \[::1\]: refused" "both refused: connect names IPv6"
expect_grep "$TMP/err" "IPv4 127\.0\.0\.1: refused" "both refused: connect names IPv4"
expect_code 3 "both refused: connect --json" -- bounded 10 "${HOSTS_PREFIX[@]}" "$NETJS" connect --json --send x dual.test "$closed"
t=$(tried "$TMP/out")
[ "$t" = "6:refused 4:refused" ] || [ "$t" = "4:refused 6:refused" ] && pass "both refused: the error event's tried list" || fail "error tried: '$t' in $(cat "$TMP/out")"
expect_grep "$TMP/out" '^\{"event":"error","code":"ECONNREFUSED",.*"class":"refused"' "both refused: the usual error fields"

finish
