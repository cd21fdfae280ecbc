'use strict';
// timers/promises: setTimeout and setImmediate resolve with the value given, in timer order;
// bad options reject; ref: false does not keep the process alive; scheduler.wait/yield.
var assert = require('assert');
var common = require('../common');
var tp = require('timers/promises');

var order = [];
tp.setTimeout(20, 'late').then(common.mustCall(function (v) { order.push(v); }));
tp.setTimeout(1, 'early').then(common.mustCall(function (v) { order.push(v); }));
tp.setTimeout(1).then(common.mustCall(function (v) { assert.strictEqual(v, undefined); }));
tp.setImmediate('imm').then(common.mustCall(function (v) { assert.strictEqual(v, 'imm'); }));
tp.scheduler.wait(2).then(common.mustCall(function (v) { assert.strictEqual(v, undefined); }));
tp.scheduler.yield().then(common.mustCall());

tp.setTimeout(1, 'x', 'bad').catch(common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(e.message, 'The "options" argument must be of type object. Received type string (\'bad\')');
}));
tp.setImmediate('x', null).catch(common.mustCall(function (e) { assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE'); }));
tp.setTimeout(1, 'x', { ref: 'no' }).catch(common.mustCall(function (e) { assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE'); }));

// Unref'd: never settles before exit, and does not hold the process open.
tp.setTimeout(60000, 'never', { ref: false }).then(common.mustNotCall());

process.on('exit', function () { assert.deepStrictEqual(order, ['early', 'late']); });
