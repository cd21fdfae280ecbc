'use strict';
// dns.lookup argument checks: thrown synchronously, TypeError with Node v20's codes and messages.
// Empty or null names are not errors: they answer "no address" asynchronously, as Node.
var common = require('../common');
var assert = require('assert');
var dns = require('dns');
common.deadline(10000);

function throwsLike(fn, code, message) {
  var caught = null;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught, 'expected a throw: ' + code);
  assert.ok(caught instanceof TypeError, code + ': ' + caught.name);
  assert.strictEqual(caught.code, code);
  if (message !== undefined) assert.strictEqual(caught.message, message);
}
function noop() {}

throwsLike(function () { dns.lookup('localhost'); }, 'ERR_INVALID_ARG_TYPE',
  'The "callback" argument must be of type function. Received undefined');
throwsLike(function () { dns.lookup('localhost', {}, 5); }, 'ERR_INVALID_ARG_TYPE',
  'The "callback" argument must be of type function. Received type number (5)');
throwsLike(function () { dns.lookup(5, noop); }, 'ERR_INVALID_ARG_TYPE',
  'The "hostname" argument must be of type string. Received type number (5)');
throwsLike(function () { dns.lookup({}, noop); }, 'ERR_INVALID_ARG_TYPE',
  'The "hostname" argument must be of type string. Received an instance of Object');
throwsLike(function () { dns.lookup('localhost', { family: 5 }, noop); }, 'ERR_INVALID_ARG_VALUE',
  "The property 'options.family' must be one of: 0, 4, 6. Received 5");
throwsLike(function () { dns.lookup('localhost', 5, noop); }, 'ERR_INVALID_ARG_VALUE',
  "The argument 'family' must be one of: 0, 4, 6. Received 5");
throwsLike(function () { dns.lookup('localhost', 'x', noop); }, 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object or integer. Received type string (\'x\')');
throwsLike(function () { dns.lookup('localhost', { all: 'yes' }, noop); }, 'ERR_INVALID_ARG_TYPE',
  'The "options.all" property must be of type boolean. Received type string (\'yes\')');
throwsLike(function () { dns.lookup('localhost', { hints: 99999 }, noop); }, 'ERR_INVALID_ARG_VALUE',
  "The argument 'hints' is invalid. Received 99999");

var sync = true;
dns.lookup(null, common.mustCall(function (err, address, family) {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup(null, { family: 6 }, common.mustCall(function (err, address, family) {
  assert.strictEqual(err, null);
  assert.strictEqual(address, null);
  assert.strictEqual(family, 6);
}));
dns.lookup(undefined, { all: true }, common.mustCall(function (err, addresses) {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(addresses, []);
}));
// Valid hints are accepted.
dns.lookup('localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED, family: 4 }, common.mustCall(function (err, address) {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
}));
sync = false;
