#!/bin/bash
# --json: JSON Lines on stdout, parsed and checked field by field for serve, connect and probe.
. "$(dirname "$0")/lib.sh"

# check_json FILE PYTHON-ASSERTIONS: every line must parse; `ev` is the list of events.
check_json() {
  python3 - "$1" "$2" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
ev = [json.loads(l) for l in lines]
assert all("event" in e for e in ev), "every line has an event"
def one(name):
    found = [e for e in ev if e["event"] == name]
    assert len(found) == 1, "%d %s events in %s" % (len(found), name, lines)
    return found[0]
exec(sys.argv[2])
PY
}
check() {  # check DESCRIPTION FILE ASSERTIONS
  if out=$(check_json "$2" "$3" 2>&1); then pass "$1"; else fail "$1: $out"; fi
}

"$NETJS" serve --json --port 0 --host 127.0.0.1 >"$TMP/s.json" 2>"$TMP/s.err" &
SERVE_PID=$!
wait_grep "$TMP/s.json" '"event":"listening"' 10 || fail "serve --json did not start"
port=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["port"])' "$TMP/s.json")

printf 'json!' | timeout 10 "$NETJS" connect --json 127.0.0.1 "$port" >"$TMP/c.json"
check "connect events" "$TMP/c.json" '
c = one("connect")
assert c["host"] == "127.0.0.1" and c["address"] == "127.0.0.1" and c["port"] == '"$port"' and c["family"] == 4
assert c["local_address"] == "127.0.0.1" and isinstance(c["local_port"], int) and c["dns_ms"] is None
assert c["connect_ms"] >= 0
assert [e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "out"] == [5]
assert sum(e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "in") == 5
assert {"event": "end", "by": "local"} in ev and {"event": "end", "by": "peer"} in ev
cl = one("close")
assert cl["bytes_in"] == 5 and cl["bytes_out"] == 5 and cl["exit_code"] == 0 and cl["duration_ms"] >= 0
assert ev[-1]["event"] == "close"
'
[ "$(grep -c . "$TMP/c.json")" -eq "$(wc -l <"$TMP/c.json")" ] && pass "connect --json: no raw data on stdout" || fail "connect --json: stray output"

closed=$(free_port)
timeout 10 "$NETJS" connect --json 127.0.0.1 "$closed" </dev/null >"$TMP/e.json" 2>"$TMP/e.err"
code=$?
[ "$code" -eq 3 ] && pass "connect --json refused: exit 3" || fail "connect --json refused: exit $code"
check "connect error event" "$TMP/e.json" '
e = one("error")
assert e["code"] == "ECONNREFUSED" and e["syscall"] == "connect" and e["address"] == "127.0.0.1"
assert e["port"] == '"$closed"' and e["class"] == "refused" and e["message"] == "connect ECONNREFUSED 127.0.0.1:'"$closed"'"
'
[ ! -s "$TMP/e.err" ] && pass "connect --json: nothing on stderr" || fail "connect --json stderr: $(cat "$TMP/e.err")"

timeout 10 "$NETJS" probe --json -c 2 -i 50ms 127.0.0.1 "$port,$closed" >"$TMP/p.json"
code=$?
[ "$code" -eq 3 ] && pass "probe --json: exit of the first failure (3)" || fail "probe --json: exit $code"
check "probe events and summaries" "$TMP/p.json" '
probes = [e for e in ev if e["event"] == "probe"]
assert len(probes) == 4
o = probes[0]
assert o["host"] == "127.0.0.1" and o["port"] == '"$port"' and o["seq"] == 1 and o["result"] == "open"
assert o["address"] == "127.0.0.1" and o["family"] == 4 and o["dns_ms"] is None and o["connect_ms"] >= 0
assert o["code"] is None and o["syscall"] is None and o["elapsed_ms"] >= 0 and o["final"] is False
assert o["tried"] == [{"address": "127.0.0.1", "family": 4, "result": "open", "connect_ms": o["connect_ms"], "code": None}]
assert probes[1]["seq"] == 2 and probes[1]["final"] is True
r = probes[2]
assert r["port"] == '"$closed"' and r["result"] == "refused" and r["code"] == "ECONNREFUSED" and r["syscall"] == "connect"
assert r["connect_ms"] is None
sums = [e for e in ev if e["event"] == "summary"]
assert len(sums) == 2
assert sums[0]["sent"] == 2 and sums[0]["open"] == 2 and sums[0]["loss_pct"] == 0
assert 0 <= sums[0]["min_ms"] <= sums[0]["avg_ms"] <= sums[0]["max_ms"] and sums[0]["mdev_ms"] >= 0
assert sums[1]["open"] == 0 and sums[1]["loss_pct"] == 100 and sums[1]["min_ms"] is None
'
timeout 20 "$NETJS" probe --json nosuch.invalid 80 >"$TMP/d.json"
check "probe DNS failure event" "$TMP/d.json" '
p = one("probe")
assert p["result"] == "dns" and p["syscall"] == "getaddrinfo" and p["address"] is None and p["dns_ms"] >= 0
assert p["tried"] == []
'

kill -TERM "$SERVE_PID"; wait_exit "$SERVE_PID"
[ "$WAIT_CODE" -eq 0 ] && pass "serve --json: SIGTERM exit 0" || fail "serve --json: exit $WAIT_CODE"
check "serve events" "$TMP/s.json" '
l = ev[0]
assert l == {"event": "listening", "address": "127.0.0.1", "port": '"$port"', "family": 4, "dual_stack": False, "mode": "echo"}
conns = [e for e in ev if e["event"] == "connection"]
assert len(conns) == 3 and [c["id"] for c in conns] == [1, 2, 3]
assert conns[0]["remote_address"] == "127.0.0.1" and conns[0]["local_port"] == '"$port"'
assert sum(e["bytes"] for e in ev if e["event"] == "data" and e["id"] == 1) == 5
closes = {e["id"]: e for e in ev if e["event"] == "close"}
assert closes[1]["bytes_in"] == 5 and closes[1]["bytes_out"] == 5 and closes[1]["duration_ms"] >= 0
s = ev[-1]
assert s["event"] == "summary" and s["connections"] == 3 and s["refused"] == 0
assert s["bytes_in"] == 5 and s["bytes_out"] == 5 and s["duration_ms"] > 0
'
[ ! -s "$TMP/s.err" ] && pass "serve --json: nothing on stderr" || fail "serve --json stderr: $(cat "$TMP/s.err")"

# A JSON pipeline: only the results, one per line, ready for jq/python.
timeout 10 "$NETJS" probe --json 127.0.0.1 "$closed" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["result"])' >"$TMP/pipe.out"
[ "$(cat "$TMP/pipe.out")" = "refused" ] && pass "probe --json | python3" || fail "pipeline: $(cat "$TMP/pipe.out")"

finish
