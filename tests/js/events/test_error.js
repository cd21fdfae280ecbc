'use strict';
// 'error' events: thrown when unhandled, delivered when handled, errorMonitor.
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var err = new Error('kaboom');
assert.throws(function () { e.emit('error', err); }, function (thrown) { return thrown === err; });

// Non-Error values are wrapped in ERR_UNHANDLED_ERROR.
assert.throws(function () { e.emit('error', 'just a string'); }, function (thrown) {
  assert.ok(thrown instanceof Error);
  assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
  assert.strictEqual(thrown.context, 'just a string');
  assert.strictEqual(thrown.message, "Unhandled error. ('just a string')");
  return true;
});
assert.throws(function () { e.emit('error'); }, {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)'
});
assert.throws(function () { e.emit('error', { code: 42 }); }, {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. ({ code: 42 })'
});

// An emitter created without the constructor still throws.
var bare = Object.create(EventEmitter.prototype);
assert.throws(function () { bare.emit('error', new TypeError('bare')); }, TypeError);
assert.strictEqual(bare.emit('other'), false);

// With a listener the error is delivered, not thrown.
var got;
e.on('error', function (er) { got = er; });
assert.strictEqual(e.emit('error', err), true);
assert.strictEqual(got, err);

// errorMonitor sees errors before listeners and does not count as handling them.
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
var e2 = new EventEmitter();
var monitored = [];
e2.on(EventEmitter.errorMonitor, function (er) { monitored.push(er.message); });
assert.throws(function () { e2.emit('error', new Error('m1')); }, /m1/);
assert.deepStrictEqual(monitored, ['m1']);
e2.on('error', function (er) { monitored.push('handled ' + er.message); });
e2.emit('error', new Error('m2'));
assert.deepStrictEqual(monitored, ['m1', 'm2', 'handled m2']);
