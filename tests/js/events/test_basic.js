'use strict';
// on/addListener/emit: argument passing, `this`, return values, chaining, ordering.
var assert = require('assert');
var EventEmitter = require('events');

assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

var e = new EventEmitter();
assert.ok(e instanceof EventEmitter);
assert.strictEqual(e.emit('nothing'), false);

var seen = [];
function record() {
  var args = [];
  for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
  seen.push({ self: this, args: args });
}
assert.strictEqual(e.on('a', record), e);
assert.strictEqual(e.addListener('a', record), e);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);

assert.strictEqual(e.emit('a'), true);
assert.strictEqual(seen.length, 2);
assert.strictEqual(seen[0].self, e);
assert.deepStrictEqual(seen[0].args, []);

// Argument counts 0..6 reach the listener exactly (null is a real argument).
var counts = [];
var e2 = new EventEmitter();
e2.on('n', function () { counts.push(arguments.length); });
e2.emit('n');
e2.emit('n', null);
e2.emit('n', null, null);
e2.emit('n', null, null, null);
e2.emit('n', null, null, null, null);
e2.emit('n', null, null, null, null, null);
e2.emit('n', 1, 2, 3, 4, 5, 6);
assert.deepStrictEqual(counts, [0, 1, 2, 3, 4, 5, 6]);

// Many arguments, with two listeners (array path).
var got = [];
e2.on('many', function (a, b, c, d, f) { got.push([a, b, c, d, f]); });
e2.on('many', function (a, b, c, d, f) { got.push([f, d, c, b, a]); });
e2.emit('many', 1, 2, 3, 4, 5);
assert.deepStrictEqual(got, [[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]]);

// Order of delivery follows registration order; every arity with several listeners.
var order = [];
var e3 = new EventEmitter();
e3.on('x', function (a, b, c) { order.push('1:' + a + b + c); });
e3.on('x', function (a, b, c) { order.push('2:' + a + b + c); });
e3.on('x', function (a, b, c) { order.push('3:' + a + b + c); });
e3.emit('x', 'a', 'b', 'c');
e3.emit('x', 'a', 'b');
e3.emit('x', 'a');
e3.emit('x');
assert.deepStrictEqual(order, [
  '1:abc', '2:abc', '3:abc',
  '1:abundefined', '2:abundefined', '3:abundefined',
  '1:aundefinedundefined', '2:aundefinedundefined', '3:aundefinedundefined',
  '1:undefinedundefinedundefined', '2:undefinedundefinedundefined', '3:undefinedundefinedundefined'
]);

// The same function may be registered twice and is then called twice.
var twice = 0;
function inc() { twice++; }
var e4 = new EventEmitter();
e4.on('t', inc).on('t', inc);
e4.emit('t');
assert.strictEqual(twice, 2);

// Listeners added during emit are not called for the current emit.
var e5 = new EventEmitter();
var late = 0;
e5.on('go', function () { e5.on('go', function () { late++; }); });
e5.emit('go');
assert.strictEqual(late, 0);
e5.emit('go');
assert.strictEqual(late, 1);

// Symbols work as event names.
var sym = Symbol('evt');
var symCalls = 0;
e5.on(sym, function (v) { symCalls += v; });
assert.strictEqual(e5.emit(sym, 5), true);
assert.strictEqual(symCalls, 5);

// A non-function listener is a TypeError with Node's code.
assert.throws(function () { e5.on('bad', 'not a function'); }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE'
});
assert.throws(function () { e5.removeListener('bad', null); }, { code: 'ERR_INVALID_ARG_TYPE' });

// A throwing listener propagates out of emit and stops later listeners.
var e6 = new EventEmitter();
var after = 0;
e6.on('boom', function () { throw new Error('listener failed'); });
e6.on('boom', function () { after++; });
assert.throws(function () { e6.emit('boom'); }, /listener failed/);
assert.strictEqual(after, 0);
