'use strict';
var assert = require('assert');
var common = require('../common');
var order = [];
var t20Set = Date.now();
setTimeout(common.mustCall(function () { order.push('t20'); }), 20);
var t5Set = Date.now();
setTimeout(common.mustCall(function (a, b) { assert.strictEqual(a, 'x'); assert.strictEqual(b, 2); order.push('t5'); }), 5, 'x', 2);
setTimeout(common.mustCall(function () { order.push('t0'); }), 0);
// Timers fire in the order they are due, and the ones due when the loop starts fire before
// immediates. So these orders hold only when the script runs fast enough (not always so on a loaded
// machine or under an emulator, in Node too): t0 (due 1 ms after it is set) before t5 if set less
// than 4 ms after it; t5 before t20 if set less than 15 ms after it.
var t0SetSoon = Date.now() - t5Set < 4;
var t5SetSoon = t5Set - t20Set < 15;
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
// imm before t20 if the loop starts before t20 is due.
var scriptQuick = Date.now() - t20Set < 15;
process.on('exit', function () {
  // setTimeout(0) vs setImmediate from the main script is racy in Node too (it depends on how long the
  // script ran), so only orders that are guaranteed are checked.
  assert.strictEqual(order[0], 'tick');
  assert.strictEqual(order.length, 5);
  if (t5SetSoon) assert.ok(order.indexOf('t5') < order.indexOf('t20'));
  if (t0SetSoon) assert.ok(order.indexOf('t0') < order.indexOf('t5'));
  if (scriptQuick) assert.ok(order.indexOf('imm') < order.indexOf('t20'));
});
