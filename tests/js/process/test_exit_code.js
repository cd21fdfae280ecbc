'use strict';
// process.exitCode set by the script becomes the exit status, and 'exit' listeners see it. The CLI test
// tests/cli/test_script_exit.sh checks the status from outside; here: the value seen inside.
var assert = require('assert');
process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(process.exitCode, undefined);
});
