'use strict';
// removeListener/removeAllListeners, removal during emit, and the 'removeListener' event.
var assert = require('assert');
var EventEmitter = require('events');

function a() {}
function b() {}
function c() {}

var e = new EventEmitter();
e.on('x', a);
e.on('x', b);
e.on('x', c);
assert.strictEqual(e.removeListener('x', b), e);
assert.deepStrictEqual(e.listeners('x'), [a, c]);
e.removeListener('x', function notThere() {});
assert.deepStrictEqual(e.listeners('x'), [a, c]);
e.removeListener('x', a);
assert.deepStrictEqual(e.listeners('x'), [c]);
e.removeListener('x', c);
assert.deepStrictEqual(e.listeners('x'), []);
assert.deepStrictEqual(e.eventNames(), []);
// Removing from an unknown event is a no-op that returns the emitter.
assert.strictEqual(e.removeListener('unknown', a), e);

// When a function is registered twice, the most recently added one is removed.
var e2 = new EventEmitter();
var log = [];
function one() { log.push(1); }
function two() { log.push(2); }
e2.on('d', one);
e2.on('d', two);
e2.on('d', one);
e2.removeListener('d', one);
e2.emit('d');
assert.deepStrictEqual(log, [1, 2]);

// Removing a listener during emit does not skip the others (emit iterates a copy).
var e3 = new EventEmitter();
var calls = [];
function r1() { calls.push('r1'); e3.removeListener('ev', r2); }
function r2() { calls.push('r2'); }
function r3() { calls.push('r3'); }
e3.on('ev', r1);
e3.on('ev', r2);
e3.on('ev', r3);
e3.emit('ev');
assert.deepStrictEqual(calls, ['r1', 'r2', 'r3']);
calls = [];
e3.emit('ev');
assert.deepStrictEqual(calls, ['r1', 'r3']);

// A listener removing itself.
var e4 = new EventEmitter();
var selfCount = 0;
function self() { selfCount++; e4.removeListener('s', self); }
e4.on('s', self);
e4.emit('s');
e4.emit('s');
assert.strictEqual(selfCount, 1);

// 'removeListener' event: emitted after removal, with the original (unwrapped) listener.
var e5 = new EventEmitter();
var removed = [];
e5.on('removeListener', function (name, fn) {
  removed.push([name, fn, e5.listeners(name).indexOf(fn)]);
});
e5.on('q', a);
e5.removeListener('q', a);
e5.once('q', b);
e5.removeListener('q', b);
assert.deepStrictEqual(removed, [['q', a, -1], ['q', b, -1]]);

// removeAllListeners(type): LIFO 'removeListener' events; other events are kept.
var e6 = new EventEmitter();
var gone = [];
e6.on('removeListener', function (name, fn) { gone.push(name + ':' + fn.name); });
e6.on('foo', a);
e6.on('foo', b);
e6.on('bar', c);
assert.strictEqual(e6.removeAllListeners('foo'), e6);
assert.deepStrictEqual(gone, ['foo:b', 'foo:a']);
assert.deepStrictEqual(e6.listeners('bar'), [c]);
assert.deepStrictEqual(e6.listeners('foo'), []);

// removeAllListeners(): everything, 'removeListener' listeners last.
gone = [];
e6.removeAllListeners();
assert.deepStrictEqual(gone, ['bar:c']);
assert.deepStrictEqual(e6.eventNames(), []);
assert.strictEqual(e6.listenerCount('removeListener'), 0);

// Without 'removeListener' listeners.
var e7 = new EventEmitter();
e7.on('a', a);
e7.on('b', b);
e7.removeAllListeners('a');
assert.deepStrictEqual(e7.eventNames(), ['b']);
e7.removeAllListeners();
assert.deepStrictEqual(e7.eventNames(), []);
// Still usable afterwards.
var after = 0;
e7.on('a', function () { after++; });
e7.emit('a');
assert.strictEqual(after, 1);
// removeAllListeners on a type without listeners is a no-op.
e7.removeAllListeners('nope');
assert.deepStrictEqual(e7.eventNames(), ['a']);

// removeAllListeners during emit: the remaining listeners of the current emit still run.
var e8 = new EventEmitter();
var ran = [];
e8.on('z', function () { ran.push(1); e8.removeAllListeners('z'); });
e8.on('z', function () { ran.push(2); });
e8.emit('z');
e8.emit('z');
assert.deepStrictEqual(ran, [1, 2]);
