// require('test') (tape's API): the order tests, nested tests, teardowns and ends run in, and the
// failures tape reports for misuse. The TAP it prints is captured and checked at exit; the
// failures it expects are then not the script's (exit code 0). netjs only: Node has no such module.
'use strict';
var assert = require('assert');
// Run by `netjs test`, the output would carry the runner's marks (test_marks.js checks those).
delete process.env.NETJS_TEST_TAP_MARKS;
var test = require('test');

var captured = '';
var realWrite = process.stdout.write;
process.stdout.write = function (chunk) {
  captured += chunk;
  return true;
};

var order = [];
var first = null;

test('first', function (t) {
  order.push('first start');
  t.teardown(function () { order.push('first teardown 1'); });
  t.teardown(function () { order.push('first teardown 2'); });
  t.test('nested a', function (st) {
    order.push('nested a');
    st.end();
  });
  t.test('nested b', function (st) {
    order.push('nested b');
    setTimeout(st.end, 1);  // end is bound: usable as a callback
  });
  // Without a plan, a parent with nested tests ends once its callback has returned (tape's rule):
  // an assertion it makes later (in the last test, below) still counts as its.
  first = t;
});

test({ timeout: 1000 }, function (t) {
  order.push('anonymous');
  t.equal(t.name, '(anonymous)');
  t.end();
});

test('end(err) and end twice', function (t) {
  order.push('misuse');
  t.end(new Error('given to end'));
  t.end();
  t.pass('after end');
});

test('no callback');

test('timeoutAfter needs a time', function (t) {
  assert.throws(function () { t.timeoutAfter(0); }, /timeoutAfter requires a timespan/);
  assert.throws(function () { t.equal(1); }, /two arguments must be provided to compare/);
  t.end();
});

test('last', function (t) {
  order.push('last');
  order.push('first own assertion');
  first.pass('late parent assertion');
  first.end();
  t.end();
});

process.on('exit', function () {
  process.stdout.write = realWrite;
  assert.deepStrictEqual(order, ['first start', 'nested a', 'nested b', 'first teardown 1', 'first teardown 2',
                                 'anonymous', 'misuse', 'last', 'first own assertion']);
  var lines = captured.split('\n').filter(function (l) { return !/^ {4}(at|stack): |^ {6}/.test(l); });
  var expected = [
    'TAP version 13',
    '# first',
    '# nested a',
    '# nested b',
    '# (anonymous)',
    'ok 1 should be strictly equal',
    '# end(err) and end twice',
    'not ok 2 Error: given to end',
    '  ---',
    '    operator: error',
    '  ...',
    'not ok 3 .end() already called',
    '  ---',
    '    operator: fail',
    '  ...',
    'not ok 4 .end() already called: after end',
    '  ---',
    '    operator: fail',
    '  ...',
    '# no callback',
    'not ok 5 # TODO no callback',
    '  ---',
    '    operator: fail',
    '  ...',
    '# timeoutAfter needs a time',
    '# last',
    'ok 6 late parent assertion',
    '',
    '1..6',
    '# tests 6',
    '# pass  2',
    '# fail  4',
    '',
    ''
  ];
  assert.deepStrictEqual(lines, expected);
  process.exitCode = 0;  // the failures above were the point
});
