// A script that fails an assertion but forces exit code 0: `netjs test` still fails it.
var test = require('test');

test('fails', function (t) {
  t.equal(1, 2);
  t.end();
});

process.on('exit', function () { process.exitCode = 0; });
