'use strict';
// process.kill checks its arguments as Node does before sending anything (a pid such as 'abc' must
// not become 0, the whole process group). Only signal 0 (which sends nothing) reaches another pid.
var assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(String(process.pid), 0), true, 'a numeric string is a pid');
assert.throws(function () { process.kill('abc', 0); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'abc\')'
});
assert.throws(function () { process.kill(NaN, 0); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type number (NaN)'
});
assert.throws(function () { process.kill(1.5, 0); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { process.kill(process.pid, 'SIGFOO'); }, {
  name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGFOO'
});
assert.throws(function () { process.kill(process.pid, 'sigterm'); }, { message: 'Unknown signal: sigterm' });
assert.throws(function () { process.kill(process.pid, 1.5); }, { message: 'Unknown signal: 1.5' });
assert.throws(function () { process.kill(process.pid, {}); }, { message: 'Unknown signal: {}' });
assert.throws(function () { process.kill(2147483647, 0); }, function (err) {
  assert.strictEqual(err.message, 'kill ESRCH');
  assert.strictEqual(err.code, 'ESRCH');
  assert.strictEqual(err.syscall, 'kill');
  assert.strictEqual(typeof err.errno, 'number');
  return true;
});
console.log('kill checks ok');
