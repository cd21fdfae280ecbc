// Failing assertions of each kind, and a passing test after them: the exit code is 1.
var test = require('test');

test('failures', function (t) {
  t.ok(false);
  t.equal(1, 2);
  t.equal('a"b', 'a:b', 'long or odd values go in a literal block');
  t.deepEqual({ a: [1, 'x'] }, { a: [1, 'y'] }, 'deep');
  t.throws(function () {}, 'does not throw');
  t.doesNotThrow(function () { throw new Error('oops'); });
  t.error(new Error('E1'));
  t.fail('explicit');
  t.end();
});

test('passes after the failures', function (t) {
  t.pass('still runs');
  t.end();
});
