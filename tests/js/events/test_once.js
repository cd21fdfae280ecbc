'use strict';
// once/prependOnceListener: single delivery, removal by the original function, wrapper exposure.
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var calls = [];
assert.strictEqual(e.once('x', function (a, b) { calls.push([this === e, a, b]); }), e);
assert.strictEqual(e.listenerCount('x'), 1);
assert.strictEqual(e.emit('x', 1, 2), true);
assert.strictEqual(e.emit('x', 3, 4), false);
assert.deepStrictEqual(calls, [[true, 1, 2]]);
assert.strictEqual(e.listenerCount('x'), 0);

// Removing a once-listener by the original function.
function orig() { throw new Error('must not run'); }
e.once('y', orig);
assert.strictEqual(e.listenerCount('y'), 1);
e.removeListener('y', orig);
assert.strictEqual(e.listenerCount('y'), 0);
e.emit('y');

// ... also when stored in an array with other listeners; off() is an alias.
var other = 0;
e.on('z', function () { other++; });
e.once('z', orig);
e.on('z', function () { other++; });
e.off('z', orig);
e.emit('z');
assert.strictEqual(other, 2);

// listeners() unwraps; rawListeners() returns the wrapper, which has .listener and still works.
var e2 = new EventEmitter();
var hits = 0;
function fn() { hits++; }
e2.once('w', fn);
assert.deepStrictEqual(e2.listeners('w'), [fn]);
var raw = e2.rawListeners('w');
assert.strictEqual(raw.length, 1);
assert.notStrictEqual(raw[0], fn);
assert.strictEqual(raw[0].listener, fn);
raw[0]();
assert.strictEqual(hits, 1);
assert.strictEqual(e2.listenerCount('w'), 0);
e2.emit('w');
assert.strictEqual(hits, 1);

// A once-listener that re-emits the same event is not called recursively.
var e3 = new EventEmitter();
var depth = 0;
e3.once('r', function () { depth++; e3.emit('r'); });
e3.emit('r');
assert.strictEqual(depth, 1);

// prependOnceListener runs first, once.
var e4 = new EventEmitter();
var order = [];
e4.on('p', function () { order.push('on'); });
e4.prependOnceListener('p', function () { order.push('prependOnce'); });
e4.emit('p');
e4.emit('p');
assert.deepStrictEqual(order, ['prependOnce', 'on', 'on']);

// Several once listeners on one event all fire exactly once.
var e5 = new EventEmitter();
var n = 0;
e5.once('m', function () { n += 1; });
e5.once('m', function () { n += 10; });
e5.once('m', function () { n += 100; });
e5.emit('m');
e5.emit('m');
assert.strictEqual(n, 111);

// The once wrapper passes more than three arguments through.
var e6 = new EventEmitter();
var args;
e6.once('a', function () { args = Array.prototype.slice.call(arguments); });
e6.emit('a', 1, 2, 3, 4, 5);
assert.deepStrictEqual(args, [1, 2, 3, 4, 5]);

assert.throws(function () { e6.once('a', 42); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { e6.prependOnceListener('a', {}); }, { code: 'ERR_INVALID_ARG_TYPE' });
