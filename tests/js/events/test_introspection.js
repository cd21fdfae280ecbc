'use strict';
// listeners/rawListeners/listenerCount/eventNames/prependListener.
var assert = require('assert');
var EventEmitter = require('events');

function a() {}
function b() {}
function c() {}

var e = new EventEmitter();
assert.deepStrictEqual(e.listeners('x'), []);
assert.deepStrictEqual(e.rawListeners('x'), []);
assert.strictEqual(e.listenerCount('x'), 0);
assert.deepStrictEqual(e.eventNames(), []);

e.on('x', a);
assert.deepStrictEqual(e.listeners('x'), [a]);
e.on('x', b);
e.prependListener('x', c);
assert.deepStrictEqual(e.listeners('x'), [c, a, b]);
assert.strictEqual(e.listenerCount('x'), 3);
assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 3);
assert.strictEqual(EventEmitter.listenerCount(e, 'nothing'), 0);

// listenerCount(name, listener) counts matching listeners, including once-wrapped ones.
e.once('x', a);
assert.strictEqual(e.listenerCount('x', a), 2);
assert.strictEqual(e.listenerCount('x', b), 1);
assert.strictEqual(e.listenerCount('x', function () {}), 0);
e.on('single', b);
assert.strictEqual(e.listenerCount('single', b), 1);
assert.strictEqual(e.listenerCount('single', a), 0);

// The returned arrays are copies.
var list = e.listeners('x');
list.push(function extra() {});
assert.strictEqual(e.listenerCount('x'), 4);
var raw = e.rawListeners('x');
raw.length = 0;
assert.strictEqual(e.listenerCount('x'), 4);

// eventNames in insertion order, including symbols.
var sym = Symbol('s');
e.on(sym, a);
var names = e.eventNames();
assert.strictEqual(names.length, 3);
assert.strictEqual(names[0], 'x');
assert.strictEqual(names[1], 'single');
assert.strictEqual(names[2], sym);

// prependListener returns the emitter and runs first.
var order = [];
var e2 = new EventEmitter();
assert.strictEqual(e2.prependListener('p', function () { order.push(2); }), e2);
e2.prependListener('p', function () { order.push(1); });
e2.on('p', function () { order.push(3); });
e2.emit('p');
assert.deepStrictEqual(order, [1, 2, 3]);
