#!/bin/bash
# The pictures: probe -c N ends with a latency histogram and a sparkline (UTF-8 or ASCII, within 80
# columns, failures on their own row and as their own mark, --json histogram/samples), and
# serve --stats-interval prints status lines / "stats" events whose byte counts match the traffic,
# for the built-in modes and --script, without keeping serve alive. Only structure and exact byte
# counts are checked, never times.
. "$(dirname "$0")/lib.sh"

# check_picture FILE PROBES UTF8(1|0): the summary's picture in FILE is well formed: histogram rows
# whose counts add up to the open probes plus one row per failure kind (adding up to the failed
# ones), a sparkline with one mark per probe, a failure mark exactly where a probe failed, and no
# line of the picture over 80 characters (the result and summary lines above it are as before). Prints what is wrong, nothing if all is well.
check_picture() {
  python3 - "$@" <<'PY'
import re, sys
path, probes, utf8 = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
text = open(path, "rb").read().decode("utf-8")
lines = text.splitlines()
dash, block, cross = ("\u2013", "\u2588", "\u00d7") if utf8 else ("-", "#", "x")
levels = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588" if utf8 else "_.-:=+*#"
problems = []
if not utf8 and any(ord(ch) > 127 for ch in text):
    problems.append("non-ASCII output in ASCII mode")
results = [m.group(1) for m in (re.match(r"^\S+ seq=\d+: ([a-z A-Z]+?)(,|$)", l) for l in lines) if m]
if len(results) != probes:
    problems.append("%d result lines, wanted %d" % (len(results), probes))
summary = [i for i, l in enumerate(lines) if l.startswith("--- ")]
if len(summary) != 1:
    problems.append("no summary line")
else:
    rows = lines[summary[0] + 1:-1]
    spark = lines[-1]
    for l in rows + [spark]:
        if len(l) > 80:
            problems.append("%d characters: %r" % (len(l), l))
    hist_total, fail_rows = 0, {}
    for r in rows:
        m = re.match(r"^  +([0-9.]+)%s *([0-9.]+) ms \| (%s*) *(\d+)$" % (re.escape(dash), re.escape(block)), r)
        f = re.match(r"^  +([a-zA-Z ]+) \| (%s+) +(\d+)$" % re.escape(cross), r)
        if m:
            if float(m.group(1)) > float(m.group(2)):
                problems.append("bounds out of order: %r" % r)
            if (int(m.group(4)) > 0) != (len(m.group(3)) > 0):
                problems.append("bar and count disagree: %r" % r)
            hist_total += int(m.group(4))
        elif f:
            fail_rows[f.group(1).strip()] = int(f.group(3))
        else:
            problems.append("not a histogram row: %r" % r)
    opened = sum(1 for r in results if r == "open")
    if hist_total != opened:
        problems.append("histogram counts %d, %d probes were open" % (hist_total, opened))
    for kind in set(r for r in results if r != "open"):
        if fail_rows.get(kind) != results.count(kind):
            problems.append("failure row %r: %r, wanted %d" % (kind, fail_rows.get(kind), results.count(kind)))
    label = "  seq 1%s%d: " % (dash, probes) if probes > 1 else "  seq 1: "
    if not spark.startswith(label):
        problems.append("sparkline label: %r" % spark)
    else:
        marks = spark[len(label):]
        want = "".join(cross if r != "open" else "?" for r in results)
        if len(marks) != probes:
            problems.append("%d marks for %d probes: %r" % (len(marks), probes, spark))
        elif any((w == cross) != (g == cross) or (w == "?" and g not in levels) for w, g in zip(want, marks)):
            problems.append("marks %r do not match the results %r" % (marks, results))
print("\n".join(problems))
PY
}

start_serve echo || finish
P=$SERVE_PORT

LC_ALL=C.UTF-8 expect_code 0 "probe -c 5 against serve" -- bounded 20 "$NETJS" probe -c 5 -i 20ms 127.0.0.1 "$P"
problems=$(check_picture "$TMP/out" 5 1)
[ -z "$problems" ] && pass "UTF-8: histogram rows count the 5 probes, 5 sparkline marks, <= 80 columns" || fail "UTF-8 picture: $problems; output: $(cat "$TMP/out")"
expect_grep "$TMP/out" '^--- 127\.0\.0\.1:'"$P"': 5 probes, 5 open, 0% loss, connect min/avg/max/mdev = ' "the ping-like summary line is still first"

# The locale decides, as for other tools: LC_ALL over LC_CTYPE over LANG; --ascii overrides.
bounded 20 env -u LC_ALL -u LC_CTYPE LANG=C "$NETJS" probe -c 4 -i 20ms 127.0.0.1 "$P" >"$TMP/ascii1"
problems=$(check_picture "$TMP/ascii1" 4 0)
[ -z "$problems" ] && pass "C locale: ASCII histogram and sparkline" || fail "C locale picture: $problems; output: $(cat "$TMP/ascii1")"
LC_ALL=C.UTF-8 bounded 20 "$NETJS" probe --ascii -c 3 -i 20ms 127.0.0.1 "$P" >"$TMP/ascii2"
problems=$(check_picture "$TMP/ascii2" 3 0)
[ -z "$problems" ] && pass "--ascii in a UTF-8 locale: ASCII" || fail "--ascii picture: $problems; output: $(cat "$TMP/ascii2")"

# Many probes: one mark per group, said on the line, still within 80 columns.
LC_ALL=C.UTF-8 bounded 60 "$NETJS" probe -c 150 -i 1ms 127.0.0.1 "$P" >"$TMP/many"
spark=$(tail -1 "$TMP/many")
per=$(sed -n 's/^  seq 1–150, \([0-9]*\) per mark: .*/\1/p' <<<"$spark")
marks=$(sed 's/^.*per mark: //' <<<"$spark" | tr -d '\n' | LC_ALL=C.UTF-8 wc -m)
sed '1,/^--- /d' "$TMP/many" >"$TMP/many.picture"
widest=$(LC_ALL=C.UTF-8 wc -L <"$TMP/many.picture")
if [ -n "$per" ] && [ "$marks" -eq $(( (150 + per - 1) / per )) ] && [ "$widest" -le 80 ]; then
  pass "150 probes: $per per mark, $marks marks, <= 80 columns"
else
  fail "150 probes: sparkline '$spark' (per '$per', marks '$marks'), widest $widest"
fi

# -q does not change the summary (the results are the command's output).
LC_ALL=C.UTF-8 bounded 20 "$NETJS" probe -q -c 2 -i 20ms 127.0.0.1 "$P" >"$TMP/quiet"
problems=$(check_picture "$TMP/quiet" 2 1)
[ -z "$problems" ] && pass "-q: the same picture" || fail "-q picture: $problems"

# --json: the summary carries the histogram buckets and one sample per probe.
bounded 20 "$NETJS" probe --json -c 4 -i 20ms 127.0.0.1 "$P" >"$TMP/json"
python3 - "$TMP/json" >"$TMP/json.check" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
s = [e for e in events if e["event"] == "summary"]
assert len(s) == 1, "one summary"
s = s[0]
assert len(s["samples"]) == 4 and all(isinstance(x, (int, float)) for x in s["samples"]), s["samples"]
assert sum(b["count"] for b in s["histogram"]) == 4, s["histogram"]
assert all(set(b) == {"lo_ms", "hi_ms", "count"} and b["lo_ms"] <= b["hi_ms"] for b in s["histogram"]), s["histogram"]
probes = [e["connect_ms"] for e in events if e["event"] == "probe"]
assert probes == s["samples"], (probes, s["samples"])
print("ok")
PY
[ "$(cat "$TMP/json.check")" = ok ] && pass "--json summary: histogram and samples (= each probe's connect_ms)" || fail "--json summary: $(cat "$TMP/json.check") $(tail -1 "$TMP/json")"
stop_serve TERM

# Refused then open: the port starts listening after the second refusal. Which probe first finds it
# open depends on timing, so the checks only require the picture to agree with the result lines.
closed=$(free_port)
LC_ALL=C.UTF-8 bounded 60 "$NETJS" probe -c 6 -i "$(scale 0.4)" 127.0.0.1 "$closed" >"$TMP/mix" 2>&1 &
mix_pid=$!
wait_grep "$TMP/mix" 'seq=2: refused' 20 && listen_on_port "$closed"
wait_exit "$mix_pid" 60
problems=$(check_picture "$TMP/mix" 6 1)
[ -z "$problems" ] && pass "refused and open probes: failure row and × marks agree with the results" || fail "mixed picture: $problems; output: $(cat "$TMP/mix")"
expect_grep "$TMP/mix" '^  +refused \| ×+ +[0-9]+$' "a refused row"

# --- serve --stats-interval ------------------------------------------------------------------------

# wait_count FILE REGEX N: until FILE has at least N lines matching REGEX (10 s, scaled).
wait_count() {
  local i limit
  limit=$(awk -v f="$F" 'BEGIN { print int(10 * f * 20 + 0.5) }')
  for ((i = 0; i < limit; i++)); do
    [ "$(grep -Ec -- "$2" "$1" 2>/dev/null)" -ge "$3" ] && return 0
    sleep 0.05
  done
  return 1
}

# stats_session NAME: with a server on $SERVE_PORT, sends 123 bytes over one connection held open, waits
# for the echo, then for a status line that counts them with the connection open, closes it, and waits
# for a line with it closed.
stats_session() {
  local name=$1 fifo=$TMP/$1.fifo
  mkfifo "$fifo"
  bounded 30 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$fifo" >"$TMP/$name.back" &
  local cpid=$!
  exec 3>"$fifo"
  head -c 123 /dev/zero >&3
  wait_count "$TMP/$name.err" 'connection 1 from' 1
  if wait_count "$TMP/$name.err" '^netjs serve: 1 connection now, 1 total, 123 B in, 123 B out, [0-9.]+ [kMGT]?B/s in, [0-9.]+ [kMGT]?B/s out$' 1; then
    pass "$name: a status line counts the open connection and its 123 bytes each way"
  else
    fail "$name: no status line with 1 connection and 123 bytes: $(cat "$TMP/$name.err")"
  fi
  exec 3>&-
  wait_exit "$cpid"
  [ "$(wc -c <"$TMP/$name.back")" -eq 123 ] && pass "$name: echo came back" || fail "$name: echo: $(wc -c <"$TMP/$name.back") bytes"
  if wait_count "$TMP/$name.err" '^netjs serve: 0 connections now, 1 total, 123 B in, 123 B out, ' 1; then
    pass "$name: after the close: 0 now, 1 total, the same bytes"
  else
    fail "$name: no status line after the close: $(cat "$TMP/$name.err")"
  fi
  wait_count "$TMP/$name.err" ' connections? now, ' 3 && pass "$name: repeated status lines" || fail "$name: fewer than 3 status lines"
}

start_serve stats --stats-interval 0.1s || finish
stats_session stats
stop_serve TERM
[ "$SERVE_CODE" -eq 0 ] && pass "stats: SIGTERM -> exit 0" || fail "stats: SIGTERM: exit $SERVE_CODE"

"$NETJS" serve --print-script echo >"$TMP/echo.js"
start_serve script --stats-interval 0.1s --script "$TMP/echo.js" || finish
stats_session script
stop_serve TERM

# --json: "stats" events with the exact byte counts.
"$NETJS" serve --port 0 --host 127.0.0.1 --json --once --stats-interval 0.1s >"$TMP/sj.out" 2>"$TMP/sj.err" &
sj=$!
wait_grep "$TMP/sj.out" '"event":"listening"' 10 || fail "serve --json did not start: $(cat "$TMP/sj.err")"
SERVE_PORT=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/sj.out" | head -1)
mkfifo "$TMP/sj.fifo"
bounded 30 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" <"$TMP/sj.fifo" >"$TMP/sj.back" &
cpid=$!
exec 3>"$TMP/sj.fifo"
head -c 5000 /dev/zero >&3
wait_grep "$TMP/sj.out" '"event":"stats","connections_now":1,"connections_total":1,"refused":0,"bytes_in":5000,"bytes_out":5000,' 10 &&
  pass "--json: a stats event with the connection open and 5000 bytes each way" || fail "--json stats: $(cat "$TMP/sj.out")"
exec 3>&-
wait_exit "$cpid"
# --once: serve ends when its client has gone; the stats timer must not keep it running.
wait_exit "$sj" 10
[ "$WAIT_CODE" -eq 0 ] && pass "--once with --stats-interval still exits (exit 0)" || fail "--once --stats-interval: exit $WAIT_CODE"
python3 - "$TMP/sj.out" >"$TMP/sj.check" <<'PY'
import json, sys
stats = [e for e in map(json.loads, open(sys.argv[1])) if e["event"] == "stats"]
keys = {"event", "connections_now", "connections_total", "refused", "bytes_in", "bytes_out",
        "in_bytes_per_s", "out_bytes_per_s", "interval_ms"}
assert stats and all(set(e) == keys for e in stats), stats[:1]
assert all(e["bytes_in"] in (0, 5000) and e["bytes_out"] in (0, 5000) for e in stats)
assert all(e["in_bytes_per_s"] >= 0 and e["interval_ms"] > 0 for e in stats)
print("ok")
PY
[ "$(cat "$TMP/sj.check")" = ok ] && pass "--json stats events: their fields, counts only 0 or 5000" || fail "--json stats fields: $(cat "$TMP/sj.check")"

# The same with --script and --once.
"$NETJS" serve --port 0 --host 127.0.0.1 --json --once --stats-interval 0.1s --script "$TMP/echo.js" >"$TMP/sk.out" 2>"$TMP/sk.err" &
sk=$!
wait_grep "$TMP/sk.out" '"event":"listening"' 10 || fail "serve --script --json did not start: $(cat "$TMP/sk.err")"
SERVE_PORT=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$TMP/sk.out" | head -1)
wait_grep "$TMP/sk.out" '"event":"stats"' 10
printf 'x%.0s' $(seq 1 77) | bounded 20 "$NETJS" connect 127.0.0.1 "$SERVE_PORT" >"$TMP/sk.back"
wait_exit "$sk" 10
[ "$WAIT_CODE" -eq 0 ] && pass "--script --once with --stats-interval exits (exit 0)" || fail "--script --once --stats-interval: exit $WAIT_CODE; $(cat "$TMP/sk.err")"
expect_grep "$TMP/sk.out" '"event":"stats","connections_now":0,"connections_total":0,"refused":0,"bytes_in":0,"bytes_out":0,"in_bytes_per_s":0,"out_bytes_per_s":0,"interval_ms":' "--script --json: a stats event before the client"

expect_code 2 "--stats-interval with a bad duration -> usage error" -- "$NETJS" serve --stats-interval soon
finish
