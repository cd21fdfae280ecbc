#!/bin/bash
# 300 clients that push data and never read, against `serve` with the service's default options
# (packaging/systemd/netjs.default): the connection cap turns the clients past it away at once, and
# what the server holds for the rest stays bounded (each at most ~320 KB while its client does not
# read). Before the service had a cap, 300 such clients pinned ~100 MB.
# test-labels: slow   (RSS is what is checked: ASan's allocator and qemu change it)
. "$(dirname "$0")/../cli/lib.sh"
CLIENTS=300
opts=$(sed -n 's/^NETJS_SERVE_OPTS="\(.*\)"$/\1/p' "$(dirname "$0")/../../packaging/systemd/netjs.default")
cap=$(echo "$opts" | sed -n 's/.*--max-connections \([0-9]*\).*/\1/p')
[ -n "$cap" ] || { fail "no --max-connections in the service's default options: $opts"; finish; }
# The service's options with a free port, on loopback.
# shellcheck disable=SC2086
args=$(echo $opts | sed -e 's/--port [0-9]*//')
# shellcheck disable=SC2086
start_serve stalled $args || finish
limit=$((cap * 330 + 16384))  # kB: 330 KB per client it serves, 16 MB for the process itself
mkfifo "$TMP/hold"
python3 "$(dirname "$0")/stalled_readers.py" "$SERVE_PORT" "$SERVE_PID" $CLIENTS <"$TMP/hold" >"$TMP/clients.out" &
client=$!
exec 7>"$TMP/hold"
wait_grep "$TMP/clients.out" '^connected ' 90 || fail "clients did not settle: $(cat "$TMP/clients.out")"
rss=$(sed -n 's/^connected [0-9]* rss_kb //p' "$TMP/clients.out")
[ -n "$rss" ] && [ "$rss" -le "$limit" ] && pass "serve holds $rss kB for $CLIENTS stalled clients (cap $cap, limit $limit kB)" ||
  fail "serve RSS ${rss:-?} kB > $limit kB with $CLIENTS stalled clients"
exec 7>&-
wait_exit "$client" 30
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "serve stops cleanly" || fail "serve: exit $SERVE_CODE"
expect_grep "$TMP/stalled.err" "summary: $cap connections, $((CLIENTS - cap)) refused" "the clients past the cap were refused"
finish
