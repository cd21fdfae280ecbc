'use strict';
var assert = require('assert');
var common = require('../common');
var order = [];
setTimeout(common.mustCall(function () { order.push('t20'); }), 20);
setTimeout(common.mustCall(function (a, b) { assert.strictEqual(a, 'x'); assert.strictEqual(b, 2); order.push('t5'); }), 5, 'x', 2);
setTimeout(common.mustCall(function () { order.push('t0'); }), 0);
setImmediate(common.mustCall(function (v) { assert.strictEqual(v, 'arg'); order.push('imm'); }), 'arg');
process.nextTick(common.mustCall(function (v) { assert.strictEqual(v, 7); order.push('tick'); }), 7);
var cleared = setTimeout(common.mustNotCall(), 1);
clearTimeout(cleared);
clearTimeout(null);
clearTimeout(undefined);
var start = Date.now();
setTimeout(common.mustCall(function () {
  assert.ok(Date.now() - start >= 49, 'a 50 ms timer does not fire early');
}), 50);
process.on('exit', function () {
  // setTimeout(0) vs setImmediate from the main script is racy in Node too (it depends on how long the
  // script ran), so only orders that are guaranteed are checked.
  assert.strictEqual(order[0], 'tick');
  assert.strictEqual(order.length, 5);
  assert.ok(order.indexOf('t5') < order.indexOf('t20'));
  assert.ok(order.indexOf('t0') < order.indexOf('t5'));
  assert.ok(order.indexOf('imm') < order.indexOf('t20'));
});
