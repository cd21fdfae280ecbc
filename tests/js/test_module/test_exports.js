// require('test') is tape's test function with Node test/common-style helpers on it.
// netjs only: Node has no such module.
'use strict';
var assert = require('assert');
var net = require('net');
var test = require('test');

assert.strictEqual(typeof test, 'function');
assert.strictEqual(test.test, test);
['only', 'skip', 'mustCall', 'mustCallAtLeast', 'mustNotCall', 'deadline', 'listen'].forEach(function (name) {
  assert.strictEqual(typeof test[name], 'function', name);
});

// The helpers work as before, with or without test().
var server = net.createServer();
test.listen(server, test.mustCall(function (port) {
  assert.ok(port > 0);
  server.close(test.mustCall());
}));
test.deadline(5000);
var atLeast = test.mustCallAtLeast(function () {}, 2);
atLeast();
atLeast();
atLeast();
assert.throws(test.mustNotCall('never'), /never/);
