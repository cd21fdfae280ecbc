#!/bin/bash
# --json: JSON Lines on stdout, parsed and checked field by field for serve, connect and probe.
. "$(dirname "$0")/lib.sh"

# check_json FILE CHECKS: every line must parse; CHECKS is Python run with `ev`, the list of events,
# and check(CONDITION) (not `assert`, which python3 -O and PYTHONOPTIMIZE remove).
check_json() {
  python3 - "$1" "$2" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
src = sys.argv[2]
def check(cond, what=None):
    if not cond:
        caller = sys._getframe(1)
        if what is None and caller.f_code.co_filename == "<checks>":
            what = src.splitlines()[caller.f_lineno - 1].strip()
        sys.exit("check failed: %s\nevents: %s" % (what, lines))
ev = [json.loads(l) for l in lines]
check(ev, "no events")
check(all("event" in e for e in ev), "every line has an event")
def one(name):
    found = [e for e in ev if e["event"] == name]
    check(len(found) == 1, "%d %s events" % (len(found), name))
    return found[0]
exec(compile(src, "<checks>", "exec"))
PY
}
check() {  # check DESCRIPTION FILE CHECKS
  if out=$(check_json "$2" "$3" 2>&1); then pass "$1"; else fail "$1: $out"; fi
}

"$NETJS" serve --json --port 0 --host 127.0.0.1 >"$TMP/s.json" 2>"$TMP/s.err" &
SERVE_PID=$!
wait_grep "$TMP/s.json" '"event":"listening"' 10 || { fail "serve --json did not start: $(cat "$TMP/s.err")"; finish; }
port=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["port"])' "$TMP/s.json")
[[ "$port" =~ ^[1-9][0-9]*$ ]] || { fail "serve --json: no port in $(cat "$TMP/s.json")"; finish; }

printf 'json!' | bounded 10 "$NETJS" connect --json 127.0.0.1 "$port" >"$TMP/c.json"
code=${PIPESTATUS[1]}
[ "$code" -eq 0 ] && pass "connect --json: exit 0" || fail "connect --json: exit $code"
check "connect events" "$TMP/c.json" '
c = one("connect")
check(c["host"] == "127.0.0.1" and c["address"] == "127.0.0.1" and c["port"] == '"$port"' and c["family"] == 4)
check(c["local_address"] == "127.0.0.1" and isinstance(c["local_port"], int) and c["dns_ms"] is None)
check(c["connect_ms"] >= 0)
check([e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "out"] == [5])
check(sum(e["bytes"] for e in ev if e["event"] == "data" and e["direction"] == "in") == 5)
check({"event": "end", "by": "local"} in ev and {"event": "end", "by": "peer"} in ev)
cl = one("close")
check(cl["bytes_in"] == 5 and cl["bytes_out"] == 5 and cl["exit_code"] == 0 and cl["duration_ms"] >= 0)
check(ev[-1]["event"] == "close")
'
[ "$(grep -c . "$TMP/c.json")" -eq "$(wc -l <"$TMP/c.json")" ] && pass "connect --json: no raw data on stdout" || fail "connect --json: stray output"

closed=$(free_port)
bounded 10 "$NETJS" connect --json 127.0.0.1 "$closed" </dev/null >"$TMP/e.json" 2>"$TMP/e.err"
code=$?
[ "$code" -eq 3 ] && pass "connect --json refused: exit 3" || fail "connect --json refused: exit $code"
check "connect error event" "$TMP/e.json" '
e = one("error")
check(e["code"] == "ECONNREFUSED" and e["syscall"] == "connect" and e["address"] == "127.0.0.1")
check(e["port"] == '"$closed"' and e["class"] == "refused" and e["message"] == "connect ECONNREFUSED 127.0.0.1:'"$closed"'")
'
[ ! -s "$TMP/e.err" ] && pass "connect --json: nothing on stderr" || fail "connect --json stderr: $(cat "$TMP/e.err")"

bounded 10 "$NETJS" probe --json -c 2 -i 50ms 127.0.0.1 "$port,$closed" >"$TMP/p.json"
code=$?
[ "$code" -eq 3 ] && pass "probe --json: exit of the first failure (3)" || fail "probe --json: exit $code"
check "probe events and summaries" "$TMP/p.json" '
probes = [e for e in ev if e["event"] == "probe"]
check(len(probes) == 4)
o = probes[0]
check(o["host"] == "127.0.0.1" and o["port"] == '"$port"' and o["seq"] == 1 and o["result"] == "open")
check(o["address"] == "127.0.0.1" and o["family"] == 4 and o["dns_ms"] is None and o["connect_ms"] >= 0)
check(o["code"] is None and o["syscall"] is None and o["elapsed_ms"] >= 0 and o["final"] is False)
check(o["tried"] == [{"address": "127.0.0.1", "family": 4, "result": "open", "connect_ms": o["connect_ms"], "code": None}])
check(probes[1]["seq"] == 2 and probes[1]["final"] is True)
r = probes[2]
check(r["port"] == '"$closed"' and r["result"] == "refused" and r["code"] == "ECONNREFUSED" and r["syscall"] == "connect")
check(r["connect_ms"] is None)
sums = [e for e in ev if e["event"] == "summary"]
check(len(sums) == 2)
check(sums[0]["sent"] == 2 and sums[0]["open"] == 2 and sums[0]["loss_pct"] == 0)
check(0 <= sums[0]["min_ms"] <= sums[0]["avg_ms"] <= sums[0]["max_ms"] and sums[0]["mdev_ms"] >= 0)
check(sums[1]["open"] == 0 and sums[1]["loss_pct"] == 100 and sums[1]["min_ms"] is None)
'
bounded 20 "$NETJS" probe --json nosuch.invalid 80 >"$TMP/d.json"
code=$?
[ "$code" -eq 5 ] && pass "probe --json DNS failure: exit 5" || fail "probe --json DNS failure: exit $code"
check "probe DNS failure event" "$TMP/d.json" '
p = one("probe")
check(p["result"] == "dns" and p["syscall"] == "getaddrinfo" and p["address"] is None and p["dns_ms"] >= 0)
check(p["tried"] == [])
'

kill -TERM "$SERVE_PID"; wait_exit "$SERVE_PID"
[ "$WAIT_CODE" -eq 0 ] && pass "serve --json: SIGTERM exit 0" || fail "serve --json: exit $WAIT_CODE"
check "serve events" "$TMP/s.json" '
l = ev[0]
check(l == {"event": "listening", "address": "127.0.0.1", "port": '"$port"', "family": 4, "dual_stack": False, "mode": "echo"})
conns = [e for e in ev if e["event"] == "connection"]
check(len(conns) == 3 and [c["id"] for c in conns] == [1, 2, 3])
check(conns[0]["remote_address"] == "127.0.0.1" and conns[0]["local_port"] == '"$port"')
check(sum(e["bytes"] for e in ev if e["event"] == "data" and e["id"] == 1) == 5)
closes = {e["id"]: e for e in ev if e["event"] == "close"}
check(closes[1]["bytes_in"] == 5 and closes[1]["bytes_out"] == 5 and closes[1]["duration_ms"] >= 0)
s = ev[-1]
check(s["event"] == "summary" and s["connections"] == 3 and s["refused"] == 0)
check(s["bytes_in"] == 5 and s["bytes_out"] == 5 and s["duration_ms"] > 0)
'
[ ! -s "$TMP/s.err" ] && pass "serve --json: nothing on stderr" || fail "serve --json stderr: $(cat "$TMP/s.err")"

# A JSON pipeline: only the results, one per line, ready for jq/python.
bounded 10 "$NETJS" probe --json 127.0.0.1 "$closed" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["result"])' >"$TMP/pipe.out"
codes="${PIPESTATUS[*]}"
[ "$codes" = "3 0" ] && [ "$(cat "$TMP/pipe.out")" = "refused" ] && pass "probe --json | python3" || fail "pipeline: exit codes $codes, '$(cat "$TMP/pipe.out")'"

finish
