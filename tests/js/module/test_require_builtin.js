'use strict';
var assert = require('assert');
var names = ['events', 'net', 'dns', 'timers', 'buffer', 'assert', 'util', 'stream', 'path', 'console'];
names.forEach(function (name) {
  var m = require(name);
  assert.ok(m, name);
  assert.strictEqual(require('node:' + name), m, 'node:' + name + ' is the same module');
});
assert.strictEqual(require('buffer').Buffer, Buffer);
assert.strictEqual(require('events').EventEmitter, require('events'));
assert.strictEqual(typeof require('net').createServer, 'function');
assert.strictEqual(require('timers').setTimeout, setTimeout);
