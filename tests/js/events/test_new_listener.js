'use strict';
// The 'newListener' event: fired before the listener is added, with the unwrapped listener.
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var events = [];
function hello() {}
function onceFn() {}
e.on('newListener', function (name, listener) {
  events.push([name, listener, e.listenerCount(name)]);
});
e.on('hello', hello);
e.once('foo', onceFn);
e.prependListener('hello', hello);
assert.deepStrictEqual(events, [
  ['hello', hello, 0],
  ['foo', onceFn, 0],
  ['hello', hello, 1]
]);

// A 'newListener' handler that adds a listener for the same event: that one goes first.
var e2 = new EventEmitter();
var order = [];
e2.once('newListener', function (name) {
  if (name === 'x') e2.on('x', function () { order.push('B'); });
});
e2.on('x', function () { order.push('A'); });
e2.emit('x');
assert.deepStrictEqual(order, ['B', 'A']);

// Registering the 'newListener' listener itself does not emit (there was none before).
var e3 = new EventEmitter();
var count = 0;
e3.on('newListener', function () { count++; });
assert.strictEqual(count, 0);
e3.on('newListener', function () {});
assert.strictEqual(count, 1);
