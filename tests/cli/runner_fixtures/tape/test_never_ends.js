// A test that never calls end(): at exit it fails with "test exited without ending", and the test
// queued after it never starts.
var test = require('test');

test('never ends', function (t) {
  t.pass('x');
});

test('queued behind it', function (t) {
  t.pass('y');
  t.end();
});
