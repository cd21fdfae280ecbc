'use strict';
// A queueMicrotask callback that throws is an uncaught exception; with a listener, the rest of the
// microtask queue still runs before the nextTicks queued meanwhile (Node's order). queueMicrotask
// checks its argument; Promise's methods carry Node's names.
var assert = require('assert');
var common = require('../common');

var log = [];
function L(s) { log.push(s); console.log(s); }
process.on('uncaughtException', common.mustCall(function (e, origin) {
  L('uncaught ' + e.message + ' ' + origin);
  process.nextTick(function () { L('tick queued by the listener'); });
}));
queueMicrotask(function () { L('m1'); });
queueMicrotask(function () { throw new Error('boom'); });
queueMicrotask(function () { L('m3'); });
Promise.resolve().then(function () { L('p1'); });
process.nextTick(function () { L('t1'); });
assert.throws(function () { queueMicrotask('x'); }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')'
});

assert.strictEqual(Promise.prototype.catch.name, 'catch');
assert.strictEqual(Promise.prototype.finally.name, 'finally');
assert.strictEqual(Promise.allSettled.name, 'allSettled');
assert.strictEqual(Promise.length, 1);

process.on('exit', function () {
  assert.deepStrictEqual(log, ['t1', 'm1', 'uncaught boom uncaughtException', 'm3', 'p1', 'tick queued by the listener']);
});
