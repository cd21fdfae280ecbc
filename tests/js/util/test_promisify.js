'use strict';
// util.promisify (plain, custom symbol, argument names of dns.lookup, this, sync throw) and
// util.callbackify (values, rejections, falsy rejections, bad arguments).
var assert = require('assert');
var util = require('util');
var dns = require('dns');
var common = require('../common');

assert.strictEqual(typeof util.promisify.custom, 'symbol');
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function add(a, b, cb) {
  setTimeout(function () {
    if (typeof a !== 'number') cb(new TypeError('not a number'));
    else cb(null, a + b, 'ignored second value');
  }, 1);
}
add.tag = 'kept';
var addAsync = util.promisify(add);
assert.strictEqual(typeof addAsync, 'function');
assert.strictEqual(addAsync.tag, 'kept');
assert.strictEqual(util.promisify(addAsync), addAsync);  // promisifying twice gives the same function
assert.strictEqual(addAsync[util.promisify.custom], addAsync);
addAsync(1, 2).then(common.mustCall(function (v) { assert.strictEqual(v, 3); }));
addAsync('x', 2).catch(common.mustCall(function (e) { assert.ok(e instanceof TypeError); }));

// this is passed through.
var obj = {
  base: 10,
  addBase: function (x, cb) { var self = this; process.nextTick(function () { cb(null, self.base + x); }); }
};
obj.addBaseAsync = util.promisify(obj.addBase);
obj.addBaseAsync(5).then(common.mustCall(function (v) { assert.strictEqual(v, 15); }));

// A synchronous throw in the original rejects.
util.promisify(function () { throw new Error('sync'); })().catch(common.mustCall(function (e) {
  assert.strictEqual(e.message, 'sync');
}));

// A custom form wins.
function withCustom(cb) { cb(null, 'callback form'); }
function customForm() { return Promise.resolve('custom form'); }
withCustom[util.promisify.custom] = customForm;
assert.strictEqual(util.promisify(withCustom), customForm);
var badCustom = function () {};
badCustom[util.promisify.custom] = 5;
assert.throws(function () { util.promisify(badCustom); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { util.promisify(5); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (5)'
});

// Built-in custom forms: timers and dns.lookup's { address, family }.
assert.strictEqual(util.promisify(setTimeout), require('timers/promises').setTimeout);
assert.strictEqual(util.promisify(setImmediate), require('timers/promises').setImmediate);
util.promisify(setTimeout)(1, 'tv').then(common.mustCall(function (v) { assert.strictEqual(v, 'tv'); }));
util.promisify(dns.lookup)('127.0.0.1').then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
util.promisify(dns.lookup)('127.0.0.1', { all: true }).then(common.mustCall(function (r) {
  assert.deepStrictEqual(r, [{ address: '127.0.0.1', family: 4 }]);
}));

// callbackify.
var cbDouble = util.callbackify(function (x) { return Promise.resolve(x * 2); });
var sync = true;
cbDouble(21, common.mustCall(function (err, v) {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(v, 42);
}));
sync = false;
util.callbackify(function () { return Promise.reject(new Error('no')); })(common.mustCall(function (err) {
  assert.strictEqual(err.message, 'no');
}));
util.callbackify(function () { return Promise.reject(0); })(common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, 0);
}));
assert.throws(function () { util.callbackify(function () { return Promise.resolve(); })(1); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)'
});
assert.throws(function () { util.callbackify('x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
common.deadline(5000);
