// An exception thrown in a test ends the script with it (exit code 1), as under tape.
var test = require('test');

test('before', function (t) {
  t.pass('fine');
  t.end();
});

test('throws', function (t) {
  t.pass('about to throw');
  throw new Error('thrown in a test');
});

test('never reached', function (t) {
  t.pass('no');
  t.end();
});
