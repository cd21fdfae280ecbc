'use strict';
// util.deprecate: wraps the function, warns once, keeps this/arguments/return value.
var assert = require('assert');
var util = require('util');

var warnings = [];
var savedEmitWarning = process.emitWarning;
process.emitWarning = function (msg, type, code) { warnings.push([String(msg), type, code]); };
try {
  var calls = 0;
  var dep = util.deprecate(function add(a, b) { calls++; return this.base + a + b; }, 'add() is deprecated');
  assert.strictEqual(typeof dep, 'function');
  var obj = { base: 100, add: dep };
  assert.strictEqual(obj.add(1, 2), 103);
  assert.strictEqual(obj.add(3, 4), 107);
  assert.strictEqual(calls, 2);
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0][0], 'add() is deprecated');
  assert.strictEqual(warnings[0][1], 'DeprecationWarning');

  // With a code: warned once per code, across different wrapped functions.
  var d1 = util.deprecate(function one() { return 1; }, 'one is old', 'DEP_NETJS_TEST1');
  var d2 = util.deprecate(function two() { return 2; }, 'two is old', 'DEP_NETJS_TEST1');
  assert.strictEqual(d1(), 1);
  assert.strictEqual(d2(), 2);
  assert.strictEqual(d1(), 1);
  assert.strictEqual(warnings.length, 2);
  assert.deepStrictEqual(warnings[1], ['one is old', 'DeprecationWarning', 'DEP_NETJS_TEST1']);

  // Constructors still work through the wrapper.
  function Thing(v) { this.v = v; }
  Thing.prototype.get = function () { return this.v; };
  var DepThing = util.deprecate(Thing, 'Thing is old');
  var thing = new DepThing(5);
  assert.strictEqual(thing.get(), 5);
  assert.ok(thing instanceof Thing);
  assert.strictEqual(warnings.length, 3);
} finally {
  process.emitWarning = savedEmitWarning;
}

assert.throws(function () { util.deprecate('not a function', 'msg'); }, TypeError);
