// A todo test's failures are reported "# TODO" and do not fail the script.
var test = require('test');

test('todo', { todo: true }, function (t) {
  t.fail('not yet');
  t.end();
});

test('done', function (t) {
  t.ok(true);
  t.end();
});
