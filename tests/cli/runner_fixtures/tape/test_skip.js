// Skipping: the skip option (with a reason), test.skip, and t.skip() assertions.
var test = require('test');

test('skip option', { skip: true }, function (t) {
  t.fail('never runs');
  t.end();
});

test('skip option with a reason', { skip: 'no radio on this board' }, function (t) {
  t.fail('never runs');
  t.end();
});

test.skip('test.skip', function (t) {
  t.fail('never runs');
  t.end();
});

test('skipped assertions', function (t) {
  t.skip('not measurable here');
  t.skip();
  t.pass('runs');
  t.end();
});
