// Plans that do not match: ended early, too many assertions, and a plan never completed by exit.
var test = require('test');

test('ended early', function (t) {
  t.plan(2);
  t.pass('one');
  t.end();
});

test('too many', function (t) {
  t.plan(1);
  t.pass('one');
  t.pass('two');
});

test('never completed', function (t) {
  t.plan(3);
  t.pass('only one of three');
});
