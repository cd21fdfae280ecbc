// test.only: the other tests do not run.
var test = require('test');

test('not this one', function (t) {
  t.fail('must not run');
  t.end();
});

test.only('only this one', function (t) {
  t.pass('ran');
  t.end();
});

test('nor this one', function (t) {
  t.fail('must not run');
  t.end();
});
