'use strict';
// process.exitCode set by the script is what 'exit' listeners receive, and the exit status is
// process.exitCode as it stands after them. The script sets 3 and its listener, having checked what
// it sees, sets 0: so the run passes only if the listener ran (a run without it exits 3). The CLI
// test tests/cli/test_script_exit.sh checks the statuses from outside.
var assert = require('assert');
assert.strictEqual(process.exitCode, undefined);
process.exitCode = 3;
process.on('exit', function (code) {
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 3);
  process.exitCode = 0;
});
