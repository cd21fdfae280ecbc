'use strict';
// deepEqual / notDeepEqual (loose).
var assert = require('assert');

function fails(fn) {
  assert.throws(fn, assert.AssertionError);
}

assert.deepEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] });
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([1, 2], ['1', 2]);
assert.deepEqual(NaN, NaN);
assert.deepEqual(1, '1');
assert.deepEqual(null, undefined);
assert.deepEqual({ b: 1, a: 2 }, { a: 2, b: 1 });
fails(function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
fails(function () { assert.deepEqual({ a: 1 }, { a: 1, b: 2 }); });
fails(function () { assert.deepEqual([1, 2], [1, 2, 3]); });
fails(function () { assert.deepEqual([1, 2], { 0: 1, 1: 2, length: 2 }); });
fails(function () { assert.deepEqual(1, 2); });
fails(function () { assert.deepEqual(null, {}); });

// Prototypes are ignored in loose mode.
function Foo() { this.a = 1; }
assert.deepEqual(new Foo(), { a: 1 });

// Dates, regular expressions, errors.
assert.deepEqual(new Date(0), new Date(0));
fails(function () { assert.deepEqual(new Date(0), new Date(1)); });
assert.deepEqual(/a/g, /a/g);
fails(function () { assert.deepEqual(/a/g, /a/i); });
fails(function () { assert.deepEqual(/a/, /b/); });
assert.deepEqual(new Error('x'), new Error('x'));
fails(function () { assert.deepEqual(new Error('x'), new Error('y')); });
fails(function () { assert.deepEqual(new Error('x'), new TypeError('x')); });

// Cycles.
var c1 = { a: 1 };
c1.self = c1;
var c2 = { a: 1 };
c2.self = c2;
assert.deepEqual(c1, c2);
var c3 = { a: 1 };
c3.self = { a: 1, self: c3 };
assert.deepEqual(c1, c3);
var c4 = { a: 1 };
c4.self = { a: 2, self: c4 };
fails(function () { assert.deepEqual(c1, c4); });

// Typed arrays compare element-wise.
assert.deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
fails(function () { assert.deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])); });
fails(function () { assert.deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3])); });

// Messages.
var e;
try {
  assert.deepEqual({ a: [1, 2] }, { a: [1, 3] });
} catch (err) {
  e = err;
}
assert.strictEqual(e.message,
  'Expected values to be loosely deep-equal:\n\n{\n  a: [\n    1,\n    2\n  ]\n}\n\nshould loosely deep-equal\n\n{\n  a: [\n    1,\n    3\n  ]\n}');
assert.strictEqual(e.operator, 'deepEqual');
assert.strictEqual(e.generatedMessage, true);

assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepEqual([1], [1, 1]);
try {
  assert.notDeepEqual({ a: 1 }, { a: 1 });
} catch (err) {
  e = err;
}
assert.strictEqual(e.message, 'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(e.operator, 'notDeepEqual');
try {
  assert.notDeepEqual({ a: 1 }, { a: '1' });
} catch (err) {
  e = err;
}
assert.strictEqual(e.message,
  "Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould not loosely deep-equal\n\n{\n  a: '1'\n}");
