'use strict';
// process members test harnesses use: umask, user/group ids, cpuUsage, config, with Node's checks.
var assert = require('assert');

// umask: returns the previous mask; a number or an octal string; bad values as Node rejects them.
var original = process.umask();
assert.strictEqual(typeof original, 'number');
assert.strictEqual(process.umask('027'), original);
assert.strictEqual(process.umask(), 23);
assert.strictEqual(process.umask(18), 23);
assert.strictEqual(process.umask(0x3ff), 18, 'bits above 0777 are dropped');
assert.strictEqual(process.umask(), 511);
process.umask(original);
assert.strictEqual(process.umask(), original);
assert.throws(function () { process.umask('9'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '9'"
});
assert.throws(function () { process.umask(-1); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mask" is out of range. It must be >= 0 && <= 4294967295. Received -1'
});
assert.throws(function () { process.umask({}); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mask" argument must be of type number. Received an instance of Object'
});
assert.throws(function () { process.umask(1.5); }, { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(process.umask(), original, 'a rejected mask changes nothing');

// ids
['getuid', 'getgid', 'geteuid', 'getegid'].forEach(function (name) {
  var id = process[name]();
  assert.strictEqual(typeof id, 'number', name);
  assert.ok(id >= 0 && Math.floor(id) === id, name);
});
var groups = process.getgroups();
assert.ok(Array.isArray(groups));
assert.ok(groups.indexOf(process.getegid()) >= 0, 'the effective group is among the groups');

// cpuUsage: microseconds, and the difference from an earlier reading
var before = process.cpuUsage();
assert.deepStrictEqual(Object.keys(before), ['user', 'system']);
var spin = Date.now();
while (Date.now() - spin < 20) { /* use some CPU */ }
var diff = process.cpuUsage(before);
assert.ok(diff.user >= 0 && diff.system >= 0);
assert.ok(diff.user + diff.system > 0, 'spinning used CPU time');
assert.throws(function () { process.cpuUsage({ user: -1, system: 0 }); }, {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The property 'prevValue.user' is invalid. Received -1"
});
assert.throws(function () { process.cpuUsage({ user: 1, system: 'x' }); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.system" property must be of type number. Received type string (\'x\')'
});
assert.throws(function () { process.cpuUsage(1); }, {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "prevValue" argument must be of type object. Received type number (1)'
});

// config, execArgv, title, release
assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.config.variables, 'object');
assert.ok(Array.isArray(process.execArgv));
assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(typeof process.release.name, 'string');
assert.strictEqual(typeof process.execPath, 'string');
assert.strictEqual(process.execPath.charAt(0), '/');
console.log('process members ok');
