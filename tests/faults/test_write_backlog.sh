#!/bin/bash
# 128 MiB written into a socket whose peer does not read, byte-exact on arrival:
#  - write()'s return value ignored: the backlog sits in the stream and goes out as a vector of its
#    chunks (one writev); peak RSS about the data's size, never twice it (it was joined with
#    Buffer.concat into one copy first: 2.1 GB peak for 1 GiB, against Node's 1.1 GB);
#  - write()'s return value honoured ('drain'): peak RSS stays small.
# test-labels: slow   (sizes in RSS are what is checked: ASan's allocator and qemu change them)
. "$(dirname "$0")/../cli/lib.sh"
MB=128
DIR=$(dirname "$0")

run() {  # run MODE -> sets OUT (stdout) and PEAK (kB)
  OUT=$(timeout 120 python3 "$DIR/peak_rss.py" "$NETJS" "$DIR/write_backlog.js" $MB "$1" 2>"$TMP/$1.err")
  PEAK=$(sed -n 's/^peak_rss_kb //p' "$TMP/$1.err")
}

run ignore
[ "$OUT" = "received $((MB * 1048576)) of $((MB * 1048576)), 0 bad chunks" ] &&
  pass "backlog of $MB MiB delivered byte-exact" || fail "backlog: '$OUT' $(head -c 300 "$TMP/ignore.err")"
limit=$((MB * 1024 * 3 / 2 + 16384))  # 1.5 x the data + 16 MB for the runtime
[ -n "$PEAK" ] && [ "$PEAK" -le "$limit" ] &&
  pass "write() ignored: peak RSS $PEAK kB for $MB MiB (limit $limit kB)" || fail "write() ignored: peak RSS ${PEAK:-?} kB > $limit kB"

run honour
[ "$OUT" = "received $((MB * 1048576)) of $((MB * 1048576)), 0 bad chunks" ] &&
  pass "with backpressure: $MB MiB delivered byte-exact" || fail "backpressure: '$OUT' $(head -c 300 "$TMP/honour.err")"
[ -n "$PEAK" ] && [ "$PEAK" -le 32768 ] &&
  pass "write() honoured: peak RSS $PEAK kB (limit 32768 kB)" || fail "write() honoured: peak RSS ${PEAK:-?} kB > 32768 kB"
finish
