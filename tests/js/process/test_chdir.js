'use strict';
// process.chdir / process.cwd with Node's errors; relative requires keep starting from the module's
// own directory whatever the working directory is.
var assert = require('assert');
var path = require('path');

var start = process.cwd();
assert.strictEqual(typeof start, 'string');
assert.strictEqual(start.charAt(0), '/');

process.chdir('/');
assert.strictEqual(process.cwd(), '/');
assert.strictEqual(require('../module/fixtures/pkg').from, 'pkg/index.js', 'relative to this file, not the cwd');
process.chdir(start);
assert.strictEqual(process.cwd(), start);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(start));
process.chdir(start);

assert.throws(function () { process.chdir('/no/such/directory'); }, function (err) {
  assert.strictEqual(err.message, "ENOENT: no such file or directory, chdir '" + start + "' -> '/no/such/directory'");
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, start);
  assert.strictEqual(err.dest, '/no/such/directory');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  return true;
});
assert.throws(function () { process.chdir(__filename); }, { code: 'ENOTDIR', syscall: 'chdir' });
assert.throws(function () { process.chdir(1); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)'
});
assert.strictEqual(process.cwd(), start, 'a failed chdir leaves the working directory');
console.log('chdir ok');
