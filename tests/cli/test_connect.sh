#!/bin/bash
# netjs connect: binary-safe both ways, --send/--send-file, --expect, --on-eof policies, timeouts,
# --source, --keepalive/--nodelay, and an exit code for each failure class.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish

# 2 MB of random bytes through the echo server: byte-exact, from a pipe and from a file.
head -c 2000000 /dev/urandom >"$TMP/blob"
cat "$TMP/blob" | bounded 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/blob.back"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && cmp -s "$TMP/blob" "$TMP/blob.back" && pass "binary data from a pipe comes back byte-exact" || fail "pipe round trip: exit $code, $(stat -c %s "$TMP/blob.back") bytes back"
bounded 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$TMP/blob" | cat >"$TMP/blob.back2"
code=${PIPESTATUS[0]}
[ "$code" -eq 0 ] && cmp -s "$TMP/blob" "$TMP/blob.back2" && pass "binary data from a regular file, out through a pipe, byte-exact" || fail "file round trip: exit $code"
printf 'a\0b\377c' | bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" | od -An -tx1 | tr -d ' \n' >"$TMP/nul"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && [ "$(cat "$TMP/nul")" = "610062ff63" ] && pass "NUL and 0xFF bytes survive" || fail "NUL bytes: exit $code, $(cat "$TMP/nul")"

expect_code 0 "--send with escapes" -- bounded 10 "$NETJS" connect --send 'one\ttwo\x21\n' 127.0.0.1 "$SERVE_PORT"
[ "$(cat "$TMP/out")" = "$(printf 'one\ttwo!')" ] && pass "--send escapes expanded" || fail "--send got '$(cat "$TMP/out")'"
expect_code 0 "--send-file" -- bounded 10 "$NETJS" connect --send-file "$TMP/blob" 127.0.0.1 "$SERVE_PORT"
cmp -s "$TMP/blob" "$TMP/out" && pass "--send-file byte-exact" || fail "--send-file differs"
expect_code 0 "stdin /dev/null" -- bounded 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" </dev/null
[ ! -s "$TMP/out" ] && pass "empty input, empty reply" || fail "/dev/null input: got output"

expect_code 0 "--expect matched" -- bounded 10 "$NETJS" connect --send 'PING\n' --expect 'PING' 127.0.0.1 "$SERVE_PORT"
expect_code 7 "--expect not matched (peer closed)" -- bounded 10 "$NETJS" connect --send 'PING\n' --expect 'PONG' 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/err" "^netjs connect: connection closed before 'PONG' arrived$" "--expect mismatch: one line"
expect_code 7 "--expect not matched (timeout)" -- bounded 10 "$NETJS" connect --on-eof wait --send 'PING\n' --expect 'PONG' -t 300ms 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/err" "'PONG' not received within 300\.0 ms" "--expect timeout message"

# --on-eof: wait keeps the connection (no FIN) until --idle-timeout; exit closes at once.
t0=$(date +%s%N)
expect_code 4 "--on-eof wait + --idle-timeout -> exit 4" -- bounded 10 "$NETJS" connect --on-eof wait --idle-timeout 300ms --send 'x' 127.0.0.1 "$SERVE_PORT"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -ge 250 ] && pass "idle timeout waited ($ms ms)" || fail "idle timeout after only $ms ms"
[ "$(cat "$TMP/out")" = "x" ] && pass "--on-eof wait still read the reply" || fail "--on-eof wait reply: '$(cat "$TMP/out")'"
expect_grep "$TMP/err" '^netjs connect: idle timeout: no data for 300\.0 ms$' "idle timeout message"
expect_code 0 "--on-eof exit" -- bounded 10 "$NETJS" connect --on-eof exit --send 'bye' 127.0.0.1 "$SERVE_PORT"

# A server that sends first and closes: connect prints it and exits 0 even with stdin still open.
cat >"$TMP/banner.js" <<'JS'
module.exports = function (socket) { socket.end('220 banner\r\n'); };
JS
echo_pid=$SERVE_PID echo_port=$SERVE_PORT
start_serve banner --script "$TMP/banner.js" || finish
bport=$SERVE_PORT
# stdin stays open (the writer never writes nor closes it until connect has exited).
mkfifo "$TMP/stdin"
bounded 10 "$NETJS" connect 127.0.0.1 "$bport" <"$TMP/stdin" >"$TMP/banner.out" &
cpid=$!
exec {keep}>"$TMP/stdin"
wait_exit "$cpid" 20
exec {keep}>&-
[ "$WAIT_CODE" -eq 0 ] && grep -q '^220 banner' "$TMP/banner.out" && pass "peer close ends the session (stdin still open)" || fail "banner: exit $WAIT_CODE, '$(cat "$TMP/banner.out")'"
expect_code 0 "--expect on a banner" -- bounded 10 "$NETJS" connect --expect '220 ' 127.0.0.1 "$bport" </dev/null
stop_serve TERM
SERVE_PID=$echo_pid SERVE_PORT=$echo_port

# --source: bind the local end; the JSON connect event shows it.
sport=$(free_port)
expect_code 0 "--source ADDR:PORT" -- bounded 10 "$NETJS" connect --json --source "127.0.0.1:$sport" --send 'src' 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/out" "\"local_address\":\"127\.0\.0\.1\",\"local_port\":$sport" "--source port used"
expect_code 0 "--keepalive --nodelay" -- bounded 10 "$NETJS" connect --keepalive --nodelay --send 'k' 127.0.0.1 "$SERVE_PORT"

# --keepalive and --nodelay reach the socket (read from connect's own descriptor while it waits for the
# peer); without them, neither is set. The echo proves connect has finished setting up.
for flags in "--keepalive --nodelay" "--keepalive" "--nodelay" ""; do
  : >"$TMP/opt.out"  # not the previous client's echo while this one starts
  # shellcheck disable=SC2086
  "$NETJS" connect $flags --on-eof wait --send 'opt\n' 127.0.0.1 "$SERVE_PORT" >"$TMP/opt.out" 2>"$TMP/opt.err" &
  opid=$!
  if wait_grep "$TMP/opt.out" '^opt$' 10; then
    want="keepalive=$([[ "$flags" == *keepalive* ]] && echo 1 || echo 0) nodelay=$([[ "$flags" == *nodelay* ]] && echo 1 || echo 0)"
    got=$(sockopts "$opid" | awk -v p="$SERVE_PORT" '$2 == p { print $3, $4 }')
    [ "$got" = "$want" ] && pass "connect ${flags:-(no flags)}: $got" || fail "connect ${flags:-(no flags)}: '$got', wanted '$want'"
  else
    fail "connect ${flags:-(no flags)}: no echo: $(cat "$TMP/opt.out" "$TMP/opt.err")"
  fi
  kill "$opid" 2>/dev/null
  wait_exit "$opid"
done

# Failure classes.
closed=$(free_port)
expect_code 3 "refused -> exit 3" -- bounded 10 "$NETJS" connect 127.0.0.1 "$closed" </dev/null
expect_grep "$TMP/err" "^netjs connect: connect ECONNREFUSED 127\.0\.0\.1:$closed \(connection refused\)$" "refused: one line with code and address"
[ "$(wc -l <"$TMP/err")" -eq 1 ] && pass "refused: exactly one line" || fail "refused: $(wc -l <"$TMP/err") lines"
full_backlog_listener
expect_code 4 "timeout -> exit 4" -- bounded 10 "$NETJS" connect -t 500ms 127.0.0.1 "$FULL_PORT" </dev/null
expect_grep "$TMP/err" "connect ETIMEDOUT 127\.0\.0\.1:$FULL_PORT" "timeout: ETIMEDOUT with address"
expect_code 5 "DNS failure -> exit 5" -- bounded 20 "$NETJS" connect nosuch.invalid 80 </dev/null
expect_grep "$TMP/err" '^netjs connect: getaddrinfo (ENOTFOUND|EAI_NONAME|EAI_NODATA|EAI_AGAIN|EAI_FAIL) nosuch\.invalid' "DNS failure: getaddrinfo code and name"

stop_serve TERM
finish
