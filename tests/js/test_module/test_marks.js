// Under `netjs test` (NETJS_TEST_TAP_MARKS=1), require('test') writes mark lines that tell the
// runner which test() each TAP line belongs to (lib/runner/tape_protocol.h); the variable is taken
// out of the environment so that scripts this one starts do not mark their output too.
// netjs only: Node has no such module.
'use strict';
var assert = require('assert');
process.env.NETJS_TEST_TAP_MARKS = '1';
var test = require('test');

var captured = '';
var realWrite = process.stdout.write;
process.stdout.write = function (chunk) {
  captured += chunk;
  return true;
};

test('outer\ttabbed  name', function (t) {
  assert.strictEqual(process.env.NETJS_TEST_TAP_MARKS, void 0);
  t.ok(true);
  t.test('inner', function (st) {
    st.fail('inner failure');
    st.end();
  });
  t.end();
});
test('skipped', { skip: true }, function () {});
test('todo', { todo: true }, function (t) { t.end(); });
test('never ends', function (t) { t.pass('started'); });
test('never starts', function (t) { t.end(); });

process.on('exit', function () {
  process.stdout.write = realWrite;
  var lines = captured.split('\n').filter(function (l) { return !/^ {4}(at|stack): |^ {6}/.test(l); });
  assert.deepStrictEqual(lines, [
    'TAP version 13',
    '\x1eT\t1\t0\t-\touter tabbed name',
    '# outer tabbed name',
    '\x1eA\t1',
    'ok 1 should be truthy',
    '\x1eT\t6\t1\t-\tinner',
    '# inner',
    '\x1eA\t6',
    'not ok 2 inner failure',
    '  ---',
    '    operator: fail',
    '  ...',
    '\x1eE\t6',
    '\x1eE\t1',
    '\x1eT\t2\t0\tskip\tskipped',
    '# SKIP skipped',
    '\x1eE\t2',
    '\x1eT\t3\t0\ttodo\ttodo',
    '# TODO todo',
    '\x1eE\t3',
    '\x1eT\t4\t0\t-\tnever ends',
    '# never ends',
    '\x1eA\t4',
    'ok 3 started',
    '\x1eA\t4',
    'not ok 4 test exited without ending: never ends',
    '  ---',
    '    operator: fail',
    '  ...',
    '\x1eT\t5\t0\t-\tnever starts',
    '\x1eA\t5',
    'not ok 5 test exited without ending: never starts',
    '  ---',
    '    operator: fail',
    '  ...',
    '',
    '1..5',
    '# tests 5',
    '# pass  2',
    '# fail  3',
    '',
    ''
  ]);
  process.exitCode = 0;  // the failures above were the point
});
