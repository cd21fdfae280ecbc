#!/bin/bash
# util.debuglog / util.debug with NODE_DEBUG (read from the environment, as Node reads it): the
# sections it names (comma-separated, case-insensitive, * as a wildcard) print "SECTION PID: message"
# on stderr, the others nothing; the same as Node prints when it is installed.
. "$(dirname "$0")/lib.sh"

cat > "$TMP/debuglog.js" <<'JS'
var util = require('util');
var foo = util.debuglog('foo');
console.log('foo enabled ' + foo.enabled);
foo('hello %s %d', 'there', 42, { a: 1 });
util.debuglog('bar')('bar matched by ba*');
util.debug('x.y')('dots are literal');
util.debuglog('xzy')('never: x.y does not match xzy');
util.debuglog('other')('never: not named');
console.log('other enabled ' + util.debuglog('other').enabled);
JS
norm() { sed -E 's/^([A-Z.]+) [0-9]+: /\1 PID: /' "$1"; }
cat > "$TMP/want.err" <<'TXT'
FOO PID: hello there 42 { a: 1 }
BAR PID: bar matched by ba*
X.Y PID: dots are literal
TXT
printf 'foo enabled true\nother enabled false\n' > "$TMP/want.out"

for engine in "$NETJS" node; do
  [ "$engine" = node ] && ! command -v node >/dev/null 2>&1 && continue
  name=$(basename "$engine")
  expect_code 0 "$name: NODE_DEBUG=FOO,ba*,x.y" -- env NODE_DEBUG='FOO,ba*,x.y' "$engine" "$TMP/debuglog.js"
  if norm "$TMP/err" | cmp -s - "$TMP/want.err"; then pass "$name: stderr has the named sections"
  else fail "$name: stderr: $(norm "$TMP/err")"; fi
  if cmp -s "$TMP/out" "$TMP/want.out"; then pass "$name: enabled flags"; else fail "$name: stdout: $(cat "$TMP/out")"; fi
  expect_code 0 "$name: no NODE_DEBUG" -- env -u NODE_DEBUG "$engine" "$TMP/debuglog.js"
  [ -s "$TMP/err" ] && fail "$name: stderr without NODE_DEBUG: $(cat "$TMP/err")" || pass "$name: nothing on stderr without NODE_DEBUG"
done
finish
