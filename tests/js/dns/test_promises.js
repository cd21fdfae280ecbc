'use strict';
// dns.promises and require('dns/promises'): lookup resolves with { address, family } (or the list
// with all: true), an IP address resolves at once, bad arguments throw, failures reject with the
// callback form's error.
var assert = require('assert');
var dns = require('dns');
var common = require('../common');
common.deadline(15000);

var dnsPromises = require('dns/promises');
assert.strictEqual(dns.promises, dnsPromises);
assert.strictEqual(typeof dnsPromises.lookup, 'function');

dnsPromises.lookup('127.0.0.1').then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
dnsPromises.lookup('::1', { all: true }).then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, [{ address: '::1', family: 6 }]);
}));
dnsPromises.lookup('localhost', 4).then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
dnsPromises.lookup('localhost', { all: true }).then(common.mustCall(function (r) {
  assert.ok(Array.isArray(r) && r.length >= 1);
  r.forEach(function (a) { assert.ok(a.family === 4 || a.family === 6); });
}));
dnsPromises.lookup('no-such-host.invalid').catch(common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ENOTFOUND');
  assert.strictEqual(e.syscall, 'getaddrinfo');
  assert.strictEqual(e.hostname, 'no-such-host.invalid');
}));
assert.throws(function () { dnsPromises.lookup(5); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { dnsPromises.lookup('x', { family: 5 }); }, { code: 'ERR_INVALID_ARG_VALUE' });

// An address resolves in the first microtask turn, before any tick-driven callback form.
var log = [];
dnsPromises.lookup('127.0.0.1').then(function () { log.push('promise'); });
process.nextTick(function () { log.push('tick'); });
process.on('exit', function () { assert.deepStrictEqual(log, ['tick', 'promise']); });
