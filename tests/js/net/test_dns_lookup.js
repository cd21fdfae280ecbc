'use strict';
// dns.lookup: localhost by family, {all: true}, IP literal passthrough (no resolver), '.invalid'
// names fail with ENOTFOUND. Results arrive asynchronously, never inside the call.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
var net = require('net');
common.deadline(15000);

var sync = true;
process.nextTick(function () { sync = false; });

dns.lookup('localhost', common.mustCall(function (err, address, family) {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  // Default order is the resolver's; on this family of hosts localhost is 127.0.0.1 and/or ::1.
  assert.ok((address === '127.0.0.1' && family === 4) || (address === '::1' && family === 6), address + '/' + family);
}));

dns.lookup('localhost', 4, common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { family: 'IPv4' }, common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

// family 6: ::1 when the hosts file maps localhost to it; some systems (this CI's /etc/hosts among
// them) only list 127.0.0.1, and then getaddrinfo finds nothing: ENOTFOUND, in Node as in netjs.
var has6 = null;
dns.lookup('localhost', { family: 6 }, common.mustCall(function (err, address, family) {
  if (err) {
    has6 = false;
    assert.strictEqual(err.code, 'ENOTFOUND');
    assert.strictEqual(err.hostname, 'localhost');
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND localhost');
  } else {
    has6 = true;
    assert.strictEqual(address, '::1');
    assert.strictEqual(family, 6);
  }
  allForm();
}));

function allForm() {
  dns.lookup('localhost', { all: true }, common.mustCall(function (err, addresses) {
    assert.ifError(err);
    assert.ok(Array.isArray(addresses));
    assert.ok(addresses.length >= 1);
    var seen = {};
    addresses.forEach(function (a) {
      assert.deepStrictEqual(Object.keys(a).sort(), ['address', 'family']);
      assert.ok(a.family === 4 || a.family === 6);
      assert.strictEqual(net.isIP(a.address), a.family);
      seen[a.address] = true;
    });
    assert.ok(seen['127.0.0.1'], JSON.stringify(addresses));
    if (has6) assert.ok(seen['::1'], JSON.stringify(addresses));
  }));
  // Every entry is 127.0.0.1 (glibc lists it twice when /etc/hosts also has "::1 localhost", as
  // Debian's default one does: it maps ::1 to 127.0.0.1 for IPv4 lookups; Node reports the same).
  dns.lookup('localhost', { all: true, family: 4 }, common.mustCall(function (err, addresses) {
    assert.ifError(err);
    assert.ok(addresses.length >= 1);
    addresses.forEach(function (a) {
      assert.deepStrictEqual(a, { address: '127.0.0.1', family: 4 });
    });
  }));
}

// IP literals are answered without the resolver, as given.
dns.lookup('127.0.0.1', common.mustCall(function (err, address, family) {
  assert.strictEqual(sync, false);
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', common.mustCall(function (err, address, family) {
  assert.ifError(err);
  assert.strictEqual(address, '::1');
  assert.strictEqual(family, 6);
}));
dns.lookup('::1', { all: true }, common.mustCall(function (err, addresses) {
  assert.ifError(err);
  assert.deepStrictEqual(addresses, [{ address: '::1', family: 6 }]);
}));
dns.lookup('10.1.2.3', { family: 6 }, common.mustCall(function (err, address, family) {
  // A literal wins over the family hint, as Node.
  assert.ifError(err);
  assert.strictEqual(address, '10.1.2.3');
  assert.strictEqual(family, 4);
}));

// Names are case-insensitive.
dns.lookup('LocalHost', 4, common.mustCall(function (err, address) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
}));

// '.invalid' never resolves (RFC 6761).
dns.lookup('nonexistent.invalid', common.mustCall(function (err, address, family) {
  assert.strictEqual(sync, false);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.errno, -3008);  // UV_EAI_NONAME, as Node reports it
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'hostname', 'syscall']);
  assert.strictEqual(address, undefined);
  assert.strictEqual(family, undefined);
}));
dns.lookup('a.b.nonexistent.invalid', { all: true }, common.mustCall(function (err, addresses) {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.hostname, 'a.b.nonexistent.invalid');
  assert.strictEqual(addresses, undefined);
}));

// Constants.
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(typeof dns.ADDRCONFIG, 'number');
assert.strictEqual(typeof dns.V4MAPPED, 'number');
