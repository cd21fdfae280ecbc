#!/bin/bash
# `netjs test --tap` and `--junit`: the TAP is parsed by a strict TAP 13 parser
# (runner_checks/tap_check.py), the JUnit XML validated against runner_checks/junit.xsd (xmllint)
# and checked by a strict parser (runner_checks/junit_check.py); hostile test output is escaped.
. "$(dirname "$0")/lib.sh"
CHECKS=$(cd "$(dirname "$0")/runner_checks" && pwd)
cd "$(dirname "$0")/runner_fixtures" || exit 1
. ../runner_checks/time_factor.sh
command -v xmllint >/dev/null || { echo "FAIL: xmllint not installed (scripts/install-deps.sh installs libxml2-utils)" >&2; exit 1; }

# A test whose output is everything a report must survive: markup, control bytes, broken UTF-8.
cat > "$TMP/test_hostile.js" <<'JS'
process.stdout.write('stdout <b>&amp;</b> ]]> \u0001\n');
process.stderr.write(Buffer.from([0x3c, 0x26, 0x22, 0x27, 0x01, 0x1b, 0x5b, 0x6d, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));
process.stderr.write('  indented first line #hash \\ "quoted"\n---\n...\n');
process.exit(3);
JS

# --- TAP ---------------------------------------------------------------------------------------------
expect_code 1 "--tap run" -- "$NETJS" test --tap -j3 --junit "$TMP/r.xml" basic helpers hang/test_hang_handles.js "$TMP/test_hostile.js"
cp "$TMP/out" "$TMP/run.tap"
if python3 "$CHECKS/tap_check.py" "$TMP/run.tap" >"$TMP/tap.json" 2>"$TMP/tap.err"; then pass "TAP parses (strict TAP 13)"; else fail "TAP invalid: $(cat "$TMP/tap.err")"; fi
python3 - "$TMP/tap.json" <<'PY' >"$TMP/py.out" 2>&1 && pass "TAP content" || fail "TAP content: $(cat "$TMP/py.out")"
import json, sys
run = json.load(open(sys.argv[1]))
t = {x['description'].split('/')[-1]: x for x in run['tests']}
assert run['plan'] == 11 and len(run['tests']) == 11 and not run['bailed'], run['plan']
assert t['test_pass.js']['ok'] and t['test_pass.js']['yaml']['exit_code'] == 0
assert t['test_pass.js']['yaml']['duration_ms'] >= 0
f = t['test_fail.js']
assert not f['ok'] and f['yaml']['message'] == 'exit code 1' and f['yaml']['severity'] == 'fail', f
assert 'arithmetic is broken <&> "here"' in f['yaml']['stderr'], f
s = t['test_skip.js']
assert s['ok'] and s['directive'] == 'SKIP' and s['reason'] == 'needs a network we do not have', s
x = t['test_xfail.js']
assert x['ok'] and x['yaml']['expected_failure'] is True and x['yaml']['exit_code'] == 1, x
h = t['test_hang_handles.js']
assert not h['ok'] and h['yaml']['timed_out'] is True, h
assert 'timer (setInterval 10 ms)' in h['yaml']['open_handles'], h
assert any(o.startswith('tcp server 127.0.0.1:') for o in h['yaml']['open_handles']), h
z = t['test_hostile.js']
assert not z['ok'] and z['yaml']['exit_code'] == 3, z
assert '\ufffd' in z['yaml']['stderr'] and '#hash' in z['yaml']['stderr'], z
assert t['test_must_call_ok.js']['ok'] and not t['test_must_call_missing.js']['ok']
PY
expect_no_grep "$TMP/run.tap" '^(PASS|FAIL|TIMEOUT|running )' "--tap: no text report on stdout"

expect_code 1 "--tap --bail" -- "$NETJS" test --tap -j1 --bail basic
if python3 "$CHECKS/tap_check.py" "$TMP/out" >"$TMP/tap.json" 2>"$TMP/tap.err"; then pass "bailed TAP parses"; else fail "bailed TAP invalid: $(cat "$TMP/tap.err")"; fi
expect_grep "$TMP/out" '^Bail out! basic/test_fail\.js failed \(--bail\)$' "--tap --bail: Bail out! line"
expect_grep "$TMP/tap.json" '"bailed": true' "--tap --bail: parser sees the bail-out"

# The parser is strict: it rejects what it should.
printf 'TAP version 13\n1..2\nok 1 - a\nok 3 - b\n' > "$TMP/bad1.tap"
printf 'TAP version 13\n1..2\nok 1 - a\n' > "$TMP/bad2.tap"
printf 'TAP version 13\n1..1\nok 1 - a\n  ---\n  message: unquoted text: here\n  ...\n' > "$TMP/bad3.tap"
for b in bad1 bad2 bad3; do
  if python3 "$CHECKS/tap_check.py" "$TMP/$b.tap" >/dev/null 2>&1; then fail "tap_check accepts $b"; else pass "tap_check rejects $b"; fi
done

# --- JUnit -------------------------------------------------------------------------------------------
if xmllint --noout --schema "$CHECKS/junit.xsd" "$TMP/r.xml" 2>"$TMP/xsd.err"; then pass "JUnit valid against junit.xsd"; else fail "JUnit invalid: $(cat "$TMP/xsd.err")"; fi
if python3 "$CHECKS/junit_check.py" "$TMP/r.xml" >"$TMP/junit.json" 2>"$TMP/junit.err"; then pass "JUnit strict checks"; else fail "JUnit checks: $(cat "$TMP/junit.err")"; fi
python3 - "$TMP/junit.json" "$TMP/r.xml" <<'PY' >"$TMP/py.out" 2>&1 && pass "JUnit content" || fail "JUnit content: $(cat "$TMP/py.out")"
import json, sys, xml.etree.ElementTree as ET
v = json.load(open(sys.argv[1]))
want = {'basic.sub/thing.test.js': 'pass', 'basic/test_fail.js': 'failure', 'basic/test_pass.js': 'pass',
        'basic/test_skip.js': 'skipped', 'basic/test_xfail.js': 'pass', 'hang/test_hang_handles.js': 'failure',
        'helpers/test_deadline.js': 'failure', 'helpers/test_must_call_missing.js': 'failure',
        'helpers/test_must_call_ok.js': 'pass', 'helpers/test_must_not_call.js': 'failure'}
for k, verdict in want.items():
    assert v.get(k) == verdict, (k, v.get(k))
hostile = [k for k in v if k.endswith('/test_hostile.js')]
assert len(hostile) == 1 and v[hostile[0]] == 'failure', v
root = ET.parse(sys.argv[2]).getroot()
suite = root.find('testsuite')
assert suite.get('tests') == '11' and suite.get('failures') == '6' and suite.get('skipped') == '1', suite.attrib
cases = {c.get('name'): c for c in suite}
hang = cases['test_hang_handles.js'].find('failure')
assert hang.get('type') == 'timeout' and 'open handles: tcp server' in hang.get('message'), hang.attrib
assert 'open handle: timer (setInterval 10 ms)' in hang.text
fail = cases['test_fail.js']
assert fail.find('failure').get('message') == 'exit code 1'
assert 'arithmetic is broken <&> "here"' in fail.find('system-err').text
assert fail.find('system-out').text == 'some stdout before failing\n'
h = cases['test_hostile.js']
assert '<b>&amp;</b> ]]>' in h.find('system-out').text, h.find('system-out').text
assert h.find('system-err').text.startswith('<&"\'\ufffd\ufffd[m\ufffd\ufffd\ufffd('), repr(h.find('system-err').text)
assert cases['test_skip.js'].find('skipped').get('message') == 'needs a network we do not have'
PY

# The checks are strict: a report with a case missing its time, or counts that do not add up, fails.
sed 's/ time="[0-9.]*"\/>/\/>/' "$TMP/r.xml" > "$TMP/notime.xml"
if xmllint --noout --schema "$CHECKS/junit.xsd" "$TMP/notime.xml" >/dev/null 2>&1; then fail "junit.xsd accepts a testcase without time"; else pass "junit.xsd rejects a testcase without time"; fi
sed '0,/failures="6"/s//failures="5"/' "$TMP/r.xml" > "$TMP/badcount.xml"
if python3 "$CHECKS/junit_check.py" "$TMP/badcount.xml" >/dev/null 2>&1; then fail "junit_check accepts wrong counts"; else pass "junit_check rejects wrong counts"; fi

# --- a test() of a require('test') script is a result of its own -----------------------------------
expect_code 1 "--tap --junit on tape scripts" -- bounded 60 "$NETJS" test --tap -j2 --junit "$TMP/tape.xml" tape
cp "$TMP/out" "$TMP/tape.tap"
if python3 "$CHECKS/tap_check.py" "$TMP/tape.tap" >"$TMP/tape.json" 2>"$TMP/tap.err"; then pass "TAP with subtests parses (strict TAP 13)"; else fail "TAP with subtests invalid: $(cat "$TMP/tap.err")"; fi
python3 - "$TMP/tape.json" <<'PY' >"$TMP/py.out" 2>&1 && pass "TAP subtests content" || fail "TAP subtests content: $(cat "$TMP/py.out")"
import json, sys
run = json.load(open(sys.argv[1]))
t = {x['description'].split('/')[-1]: x for x in run['tests']}
def subs(name):
    return [(s['ok'], s['description'], s['directive']) for s in t[name]['subtests']['tests']]
assert all('subtests' in x for x in run['tests']), 'every tape file has subtests'
assert subs('test_pass.js') == [(True, 'arithmetic', None), (True, 'planned and asynchronous', None), (True, 'nested', None),
                                (True, 'nested > child one', None), (True, 'nested > child two', None),
                                (True, 'skipped by option', 'SKIP'), (True, 'teardown runs at the end', None)], subs('test_pass.js')
assert t['test_pass.js']['ok'] and t['test_pass.js']['subtests']['plan'] == 7
f = t['test_fail.js']
assert not f['ok'] and f['yaml']['message'] == 'exit code 1; 1 of 2 tests failed', f['yaml']
first = f['subtests']['tests'][0]
assert not first['ok'] and first['description'] == 'failures', first
y = first['yaml']
assert y['message'] == 'should be truthy' and y['failed'] == 8 and y['assertions'] == 8, y
assert y['details'].startswith('not ok 1 should be truthy\n  ---\n    operator: ok\n    expected: true\n    actual:   false\n'), y['details']
assert f['subtests']['tests'][1]['ok']
z = t['test_exit_zero.js']
assert not z['ok'] and z['yaml']['exit_code'] == 0 and z['yaml']['message'] == '1 of 1 test failed', z['yaml']
th = t['test_throw.js']['subtests']['tests']
assert th[0]['ok'] and not th[1]['ok'] and th[1]['yaml']['message'] == 'did not end: exit code 1', th
assert subs('test_todo.js') == [(True, 'todo', 'TODO'), (True, 'done', None)], subs('test_todo.js')
assert subs('test_only.js') == [(True, 'only this one', None)]
assert subs('test_skip.js') == [(True, 'skip option', 'SKIP'), (True, 'skip option with a reason', 'SKIP'),
                                (True, 'test.skip', 'SKIP'), (True, 'skipped assertions', None)], subs('test_skip.js')
p = {s['description']: s['yaml']['message'] for s in t['test_plan.js']['subtests']['tests']}
assert p == {'ended early': 'plan != count', 'too many': 'plan != count', 'never completed': 'plan != count'}, p
PY
expect_no_grep "$TMP/tape.tap" $'\x1e' "TAP: no runner marks"

if xmllint --noout --schema "$CHECKS/junit.xsd" "$TMP/tape.xml" 2>"$TMP/xsd.err"; then pass "JUnit per test() valid against junit.xsd"; else fail "JUnit per test() invalid: $(cat "$TMP/xsd.err")"; fi
if python3 "$CHECKS/junit_check.py" "$TMP/tape.xml" >"$TMP/junit.json" 2>"$TMP/junit.err"; then pass "JUnit per test() strict checks"; else fail "JUnit per test() checks: $(cat "$TMP/junit.err")"; fi
python3 - "$TMP/junit.json" "$TMP/tape.xml" <<'PY' >"$TMP/py.out" 2>&1 && pass "JUnit per test() content" || fail "JUnit per test() content: $(cat "$TMP/py.out")"
import json, sys, xml.etree.ElementTree as ET
v = json.load(open(sys.argv[1]))
want = {'tape/test_fail.js/failures': 'failure', 'tape/test_fail.js/passes after the failures': 'pass',
        'tape/test_pass.js/nested > child two': 'pass', 'tape/test_pass.js/skipped by option': 'skipped',
        'tape/test_throw.js/before': 'pass', 'tape/test_throw.js/throws': 'failure',
        'tape/test_timeout.js/timeoutAfter': 'failure', 'tape/test_timeout.js/ends in time': 'pass',
        'tape/test_todo.js/todo': 'pass', 'tape/test_exit_zero.js/fails': 'failure',
        'tape/test_never_ends.js/queued behind it': 'failure'}
for k, verdict in want.items():
    assert v.get(k) == verdict, (k, v.get(k))
assert not any(k.endswith('.js') for k in v), 'no file-level case when its test()s explain the failure'
assert len(v) == 37, len(v)
cases = {c.get('classname') + '/' + c.get('name'): c for c in ET.parse(sys.argv[2]).getroot().find('testsuite')}
f = cases['tape/test_fail.js/failures'].find('failure')
assert f.get('message') == 'should be truthy' and f.get('type') == 'assertion', f.attrib
assert 'not ok 2 should be strictly equal' in f.text and "'a\"b'" in f.text, f.text
assert cases['tape/test_fail.js/failures'].find('system-out') is not None
u = cases['tape/test_throw.js/throws'].find('failure')
assert u.get('type') == 'unfinished' and u.get('message') == 'did not end: exit code 1', u.attrib
assert 'thrown in a test' in cases['tape/test_throw.js/throws'].find('system-err').text
assert float(cases['tape/test_timeout.js/timeoutAfter'].get('time')) >= 0.04
assert '\x1e' not in open(sys.argv[2]).read()
PY

# A tape script that fails after its last test() ended (a crash at exit): the file's own case says why.
cat > "$TMP/test_late_crash.js" <<'JS'
var test = require('test');
test('passes', function (t) { t.pass('fine'); t.end(); });
process.on('exit', function () { throw new Error('late crash'); });
JS
expect_code 1 "--junit: failure outside any test()" -- "$NETJS" test --junit "$TMP/late.xml" "$TMP/test_late_crash.js"
python3 - "$TMP/late.xml" <<'PY' >"$TMP/py.out" 2>&1 && pass "JUnit: file case when no test() failed" || fail "JUnit: file case: $(cat "$TMP/py.out")"
import sys, xml.etree.ElementTree as ET
cases = list(ET.parse(sys.argv[1]).getroot().find('testsuite'))
assert [c.get('name') for c in cases] == ['passes', 'test_late_crash.js'], [c.get('name') for c in cases]
assert cases[0].find('failure') is None and cases[1].find('failure') is not None
PY

finish
