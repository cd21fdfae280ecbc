#!/bin/bash
# netjs connect --hexdump[=FILE]: every byte both ways dumped to stderr or FILE, with direction, offset
# within that direction's stream and the time; stdout still carries exactly the bytes received.
. "$(dirname "$0")/lib.sh"

start_serve echo || finish

# check_dump DUMP SENT RECEIVED: the dump, read back into bytes per direction, equals the files; each
# chunk's offset is the sum of the chunks before it in its direction; times never go backwards.
check_dump() {
  python3 - "$@" <<'PY'
import re, sys
dump, sent, received = sys.argv[1:4]
streams = {">": bytearray(), "<": bytearray()}
head = re.compile(r"^([<>]) (\d+\.\d{6}) s  offset 0x([0-9a-f]{8,})  (\d+) bytes?$")
line_re = re.compile(r"^  ([0-9a-f]{8,}) ((?: [0-9a-f]{2}){1,8})(?: ((?: [0-9a-f]{2}){1,8}))? +\|(.*)\|$")
cur, left, last_t, expect_at = None, 0, 0.0, 0
for n, line in enumerate(open(dump, encoding="latin-1").read().splitlines(), 1):
    m = head.match(line)
    if m:
        if left: sys.exit("line %d: chunk before ended %d bytes short" % (n, left))
        cur, t, off, left = m.group(1), float(m.group(2)), int(m.group(3), 16), int(m.group(4))
        if off != len(streams[cur]): sys.exit("line %d: offset %d, but %d bytes went %s before" % (n, off, len(streams[cur]), cur))
        if t < last_t: sys.exit("line %d: time went back" % n)
        last_t, expect_at = t, off
        continue
    m = line_re.match(line)
    if not m or cur is None: sys.exit("line %d: not a dump line: %r" % (n, line))
    if int(m.group(1), 16) != expect_at: sys.exit("line %d: line offset %s, wanted %x" % (n, m.group(1), expect_at))
    data = bytes.fromhex((m.group(2) + (m.group(3) or "")).replace(" ", ""))
    ascii = "".join(chr(b) if 0x20 <= b < 0x7f else "." for b in data)
    if m.group(4) != ascii: sys.exit("line %d: ASCII column %r, wanted %r" % (n, m.group(4), ascii))
    streams[cur] += data; left -= len(data); expect_at += len(data)
if left: sys.exit("the last chunk ended %d bytes short" % left)
for d, f in ((">", sent), ("<", received)):
    want = open(f, "rb").read()
    if bytes(streams[d]) != want: sys.exit("%s: %d bytes in the dump, %d in %s" % (d, len(streams[d]), len(want), f))
PY
}

# Binary bytes from stdin, the dump on stderr: stdout byte-exact, the dump shows both directions.
printf 'hello\0\377world, sixteen+ bytes\n' >"$TMP/small"
bounded 10 "$NETJS" connect --hexdump 127.0.0.1 "$SERVE_PORT" <"$TMP/small" >"$TMP/small.out" 2>"$TMP/small.err"
code=$?
[ "$code" -eq 0 ] && cmp -s "$TMP/small" "$TMP/small.out" && pass "--hexdump HOST PORT: stdout carries exactly the bytes, NUL and 0xff included" ||
  fail "--hexdump: exit $code, stdout $(od -c "$TMP/small.out" | head -3)"
expect_grep "$TMP/small.err" '^> [0-9]+\.[0-9]{6} s  offset 0x00000000  29 bytes$' "a header for the bytes sent"
expect_grep "$TMP/small.err" '^< [0-9]+\.[0-9]{6} s  offset 0x00000000  ' "a header for the bytes received"
expect_grep "$TMP/small.err" '^  00000000  68 65 6c 6c 6f 00 ff 77  6f 72 6c 64 2c 20 73 69  \|hello\.\.world, si\|$' "hex in two groups of 8, non-printables as dots"
expect_grep "$TMP/small.err" '^  00000010  78 74 65 65 6e 2b 20 62  79 74 65 73 0a {11}\|xteen\+ bytes\.\|$' "a short last line keeps the ASCII column in place"
check_dump "$TMP/small.err" "$TMP/small" "$TMP/small" && pass "stderr dump reads back into the bytes sent and received" || fail "stderr dump"

# 300 KB through --hexdump=FILE: many chunks each way, offsets counting on; nothing on stderr.
head -c 300000 /dev/urandom >"$TMP/blob"
echo "left over from before" >"$TMP/dump"
bounded 30 "$NETJS" connect --hexdump="$TMP/dump" 127.0.0.1 "$SERVE_PORT" <"$TMP/blob" >"$TMP/blob.out" 2>"$TMP/blob.err"
code=$?
[ "$code" -eq 0 ] && cmp -s "$TMP/blob" "$TMP/blob.out" && pass "--hexdump=FILE: stdout byte-exact" || fail "--hexdump=FILE: exit $code"
[ ! -s "$TMP/blob.err" ] && pass "--hexdump=FILE: nothing on stderr" || fail "stderr: $(head -c 300 "$TMP/blob.err")"
expect_no_grep "$TMP/dump" 'left over' "the dump file is truncated first"
check_dump "$TMP/dump" "$TMP/blob" "$TMP/blob" && pass "file dump: offsets continue across chunks, bytes read back exact" || fail "file dump"
[ "$(grep -c '^< ' "$TMP/dump")" -gt 1 ] && pass "the data came in more than one chunk" || fail "only one chunk received"

# --send, --expect and --json: the JSON events stay alone on stdout, the dump goes to stderr.
expect_code 0 "--hexdump --json --send --expect" -- bounded 10 "$NETJS" connect --json --hexdump --send 'PING\n' --expect PING 127.0.0.1 "$SERVE_PORT"
python3 -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]' "$TMP/out" && pass "--json: stdout is JSON lines only" || fail "--json stdout: $(cat "$TMP/out")"
expect_grep "$TMP/err" '^  00000000  50 49 4e 47 0a ' "--json: the dump on stderr"
printf 'PING\n' >"$TMP/ping"
expect_code 0 "--hexdump=FILE --send-file" -- bounded 10 "$NETJS" connect --hexdump="$TMP/dump2" --send-file "$TMP/ping" 127.0.0.1 "$SERVE_PORT"
check_dump "$TMP/dump2" "$TMP/ping" "$TMP/ping" && pass "--send-file dumped both ways" || fail "--send-file dump"

# A dump file that cannot be written: a usage error before connecting (the port refuses: exit 3 would
# mean it connected first).
closed=$(free_port)
expect_code 2 "--hexdump=unwritable -> exit 2" -- bounded 10 "$NETJS" connect --hexdump="$TMP/no/such/dir/dump" 127.0.0.1 "$closed"
expect_grep "$TMP/err" "^netjs connect: cannot write --hexdump file '.*/no/such/dir/dump': " "unwritable dump file: the message"

stop_serve
finish
