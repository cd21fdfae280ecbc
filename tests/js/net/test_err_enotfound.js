'use strict';
// ENOTFOUND: connecting to a name that cannot resolve ('.invalid' is reserved, RFC 6761).
// 'lookup' carries the error, then 'error', then 'close'(true). Shape as Node v20.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(15000);

var order = [];
var c = net.connect(80, 'nonexistent.invalid');
assert.strictEqual(c.connecting, true);
c.on('connect', common.mustNotCall('connect to an unresolvable name'));
c.on('lookup', common.mustCall(function (err, address, family, host) {
  order.push('lookup');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(address, undefined);
  assert.strictEqual(host, 'nonexistent.invalid');
}));
c.on('error', common.mustCall(function (err) {
  order.push('error');
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(typeof err.errno, 'number');
  assert.ok(err.errno < 0);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  assert.strictEqual(err.address, undefined);
  assert.strictEqual(err.port, undefined);
}));
c.on('close', common.mustCall(function (hadError) {
  order.push('close');
  assert.strictEqual(hadError, true);
  assert.deepStrictEqual(order, ['lookup', 'error', 'close']);
}));
