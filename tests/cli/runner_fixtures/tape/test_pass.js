// A tape-style script whose tests all pass: plain, planned with an asynchronous assertion, nested,
// with a comment, skips and a todo.
var test = require('test');

test('arithmetic', function (t) {
  t.ok(1 + 1 === 2);
  t.equal(2 * 3, 6, 'multiplies');
  t.notEqual('6', 6, 'strictly');
  t.deepEqual({ a: [1, 2, { b: 'c' }] }, { a: [1, 2, { b: 'c' }] });
  t.notDeepEqual([1, 2], [1, '2']);
  t.looseEqual(1, '1');
  t.notOk(0);
  t.end();
});

test('planned and asynchronous', function (t) {
  t.plan(3);
  t.pass('first');
  setTimeout(function () {
    t.error(null, 'no error');
    t.throws(function () { throw new TypeError('bad'); }, TypeError, 'throws a TypeError');
  }, 5);
});

test('nested', function (t) {
  t.comment('parent first, then its children');
  t.test('child one', function (st) {
    st.doesNotThrow(function () {}, 'fine');
    st.end();
  });
  t.ok(true, 'parent assertion');
  t.test('child two', function (st) {
    st.plan(1);
    st.skip('not on this device');
  });
  t.end();
});

test('skipped by option', { skip: true }, function (t) {
  t.fail('never runs');
  t.end();
});

test('teardown runs at the end', function (t) {
  var log = [];
  t.teardown(function () { log.push('teardown'); });
  t.deepEqual(log, [], 'not yet');
  t.end();
});
