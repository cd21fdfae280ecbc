// t.timeoutAfter and the timeout option fail a test that does not end in time; the next one runs.
var test = require('test');

test('timeoutAfter', function (t) {
  t.timeoutAfter(50);
  t.pass('started');
});

test('timeout option', { timeout: 50 }, function (t) {
  t.plan(2);
  t.pass('one of two');
});

test('ends in time', { timeout: 5000 }, function (t) {
  setTimeout(function () {
    t.pass('done');
    t.end();
  }, 5);
});
