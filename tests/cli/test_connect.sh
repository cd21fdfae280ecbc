#!/bin/bash
# netjs connect: binary-safe both ways, --send/--send-file, --expect, --on-eof policies, timeouts,
# --source, and an exit code for each failure class.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish

# 2 MB of random bytes through the echo server: byte-exact, from a pipe and from a file.
head -c 2000000 /dev/urandom >"$TMP/blob"
cat "$TMP/blob" | timeout 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/blob.back"
cmp -s "$TMP/blob" "$TMP/blob.back" && pass "binary data from a pipe comes back byte-exact" || fail "pipe round trip differs ($(stat -c %s "$TMP/blob.back") bytes)"
timeout 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$TMP/blob" | cat >"$TMP/blob.back2"
cmp -s "$TMP/blob" "$TMP/blob.back2" && pass "binary data from a regular file, out through a pipe, byte-exact" || fail "file round trip differs"
printf 'a\0b\377c' | timeout 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" | od -An -tx1 | tr -d ' \n' >"$TMP/nul"
[ "$(cat "$TMP/nul")" = "610062ff63" ] && pass "NUL and 0xFF bytes survive" || fail "NUL bytes: $(cat "$TMP/nul")"

expect_code 0 "--send with escapes" -- timeout 10 "$NETJS" connect --send 'one\ttwo\x21\n' 127.0.0.1 "$SERVE_PORT"
[ "$(cat "$TMP/out")" = "$(printf 'one\ttwo!')" ] && pass "--send escapes expanded" || fail "--send got '$(cat "$TMP/out")'"
expect_code 0 "--send-file" -- timeout 10 "$NETJS" connect --send-file "$TMP/blob" 127.0.0.1 "$SERVE_PORT"
cmp -s "$TMP/blob" "$TMP/out" && pass "--send-file byte-exact" || fail "--send-file differs"
expect_code 0 "stdin /dev/null" -- timeout 10 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" </dev/null
[ ! -s "$TMP/out" ] && pass "empty input, empty reply" || fail "/dev/null input: got output"

expect_code 0 "--expect matched" -- timeout 10 "$NETJS" connect --send 'PING\n' --expect 'PING' 127.0.0.1 "$SERVE_PORT"
expect_code 7 "--expect not matched (peer closed)" -- timeout 10 "$NETJS" connect --send 'PING\n' --expect 'PONG' 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/err" "^netjs connect: connection closed before 'PONG' arrived$" "--expect mismatch: one line"
expect_code 7 "--expect not matched (timeout)" -- timeout 10 "$NETJS" connect --on-eof wait --send 'PING\n' --expect 'PONG' -t 300ms 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/err" "'PONG' not received within 300\.0 ms" "--expect timeout message"

# --on-eof: wait keeps the connection (no FIN) until --idle-timeout; exit closes at once.
t0=$(date +%s%N)
expect_code 4 "--on-eof wait + --idle-timeout -> exit 4" -- timeout 10 "$NETJS" connect --on-eof wait --idle-timeout 300ms --send 'x' 127.0.0.1 "$SERVE_PORT"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -ge 250 ] && pass "idle timeout waited ($ms ms)" || fail "idle timeout after only $ms ms"
[ "$(cat "$TMP/out")" = "x" ] && pass "--on-eof wait still read the reply" || fail "--on-eof wait reply: '$(cat "$TMP/out")'"
expect_grep "$TMP/err" '^netjs connect: idle timeout: no data for 300\.0 ms$' "idle timeout message"
expect_code 0 "--on-eof exit" -- timeout 10 "$NETJS" connect --on-eof exit --send 'bye' 127.0.0.1 "$SERVE_PORT"

# A server that sends first and closes: connect prints it and exits 0 even with stdin still open.
cat >"$TMP/banner.js" <<'JS'
module.exports = function (socket) { socket.end('220 banner\r\n'); };
JS
"$NETJS" serve --port 0 --host 127.0.0.1 --script "$TMP/banner.js" >"$TMP/b.out" 2>"$TMP/b.err" &
bpid=$!
wait_grep "$TMP/b.err" 'listening on' 10
bport=$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$TMP/b.err")
sleep 30 | timeout 10 "$NETJS" connect 127.0.0.1 "$bport" >"$TMP/banner.out"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && grep -q '^220 banner' "$TMP/banner.out" && pass "peer close ends the session (stdin still open)" || fail "banner: exit $code, '$(cat "$TMP/banner.out")'"
expect_code 0 "--expect on a banner" -- timeout 10 "$NETJS" connect --expect '220 ' 127.0.0.1 "$bport" </dev/null
kill "$bpid"; wait "$bpid" 2>/dev/null

# --source: bind the local end; the JSON connect event shows it.
sport=$(free_port)
expect_code 0 "--source ADDR:PORT" -- timeout 10 "$NETJS" connect --json --source "127.0.0.1:$sport" --send 'src' 127.0.0.1 "$SERVE_PORT"
expect_grep "$TMP/out" "\"local_address\":\"127\.0\.0\.1\",\"local_port\":$sport" "--source port used"
expect_code 0 "--keepalive --nodelay" -- timeout 10 "$NETJS" connect --keepalive --nodelay --send 'k' 127.0.0.1 "$SERVE_PORT"

# Failure classes.
closed=$(free_port)
expect_code 3 "refused -> exit 3" -- timeout 10 "$NETJS" connect 127.0.0.1 "$closed" </dev/null
expect_grep "$TMP/err" "^netjs connect: connect ECONNREFUSED 127\.0\.0\.1:$closed \(connection refused\)$" "refused: one line with code and address"
[ "$(wc -l <"$TMP/err")" -eq 1 ] && pass "refused: exactly one line" || fail "refused: $(wc -l <"$TMP/err") lines"
full_backlog_listener
expect_code 4 "timeout -> exit 4" -- timeout 10 "$NETJS" connect -t 500ms 127.0.0.1 "$FULL_PORT" </dev/null
expect_grep "$TMP/err" "connect ETIMEDOUT 127\.0\.0\.1:$FULL_PORT" "timeout: ETIMEDOUT with address"
expect_code 5 "DNS failure -> exit 5" -- timeout 20 "$NETJS" connect nosuch.invalid 80 </dev/null
expect_grep "$TMP/err" '^netjs connect: getaddrinfo (ENOTFOUND|EAI_NONAME|EAI_NODATA|EAI_AGAIN|EAI_FAIL) nosuch\.invalid' "DNS failure: getaddrinfo code and name"

stop_serve TERM
finish
