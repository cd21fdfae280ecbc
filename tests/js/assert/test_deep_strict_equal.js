'use strict';
// deepStrictEqual / notDeepStrictEqual: types, prototypes, -0/NaN, Buffers, cycles, symbols.
var assert = require('assert');

function fails(fn) {
  assert.throws(fn, assert.AssertionError);
}

assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } });
assert.deepStrictEqual([NaN], [NaN]);
assert.deepStrictEqual([], []);
assert.deepStrictEqual({}, {});
fails(function () { assert.deepStrictEqual({ a: 1 }, { a: '1' }); });
fails(function () { assert.deepStrictEqual([0], [-0]); });
fails(function () { assert.deepStrictEqual(1, '1'); });
fails(function () { assert.deepStrictEqual(null, undefined); });

// Prototypes matter.
function Foo() { this.a = 1; }
fails(function () { assert.deepStrictEqual(new Foo(), { a: 1 }); });
assert.deepStrictEqual(new Foo(), new Foo());
fails(function () { assert.deepStrictEqual(Object.create(null), {}); });
assert.deepStrictEqual(Object.create(null), Object.create(null));

// Arrays: holes vs undefined, extra keys.
fails(function () { assert.deepStrictEqual([1, , 3], [1, undefined, 3]); });
var x1 = [1];
var x2 = [1];
x1.extra = true;
fails(function () { assert.deepStrictEqual(x1, x2); });
x2.extra = true;
assert.deepStrictEqual(x1, x2);

// Dates, RegExps, boxed primitives, errors.
assert.deepStrictEqual(new Date(5), new Date(5));
fails(function () { assert.deepStrictEqual(new Date(5), new Date(6)); });
assert.deepStrictEqual(/x/gi, /x/gi);
fails(function () { assert.deepStrictEqual(/x/g, /x/); });
assert.deepStrictEqual(new Number(1), new Number(1));
fails(function () { assert.deepStrictEqual(new Number(1), new Number(2)); });
fails(function () { assert.deepStrictEqual(new String('a'), new String('b')); });
assert.deepStrictEqual(new Error('a'), new Error('a'));
fails(function () { assert.deepStrictEqual(new Error('a'), new Error('b')); });

// Symbol keys count in strict mode.
var s = Symbol('k');
var o1 = {};
var o2 = {};
o1[s] = 1;
o2[s] = 2;
fails(function () { assert.deepStrictEqual(o1, o2); });
o2[s] = 1;
assert.deepStrictEqual(o1, o2);

// Typed arrays and Buffers compare byte-wise.
assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]));
fails(function () { assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])); });
fails(function () { assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])); });
assert.deepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN]));
if (typeof Buffer !== 'undefined') {
  var mk = typeof Buffer.from === 'function' ? Buffer.from : function (v) { return new Buffer(v); };
  assert.deepStrictEqual(mk('hello'), mk('hello'));
  fails(function () { assert.deepStrictEqual(mk('hello'), mk('hellp')); });
  fails(function () { assert.deepStrictEqual(mk('hello'), mk('hell')); });
}

// Cycles.
var c1 = { v: [1] };
c1.self = c1;
c1.v.push(c1);
var c2 = { v: [1] };
c2.self = c2;
c2.v.push(c2);
assert.deepStrictEqual(c1, c2);

// Messages.
var e;
try {
  assert.deepStrictEqual({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } });
} catch (err) {
  e = err;
}
assert.strictEqual(e.message, [
  'Expected values to be strictly deep-equal:',
  '+ actual - expected',
  '',
  '  {',
  '    a: 1,',
  '    b: {',
  '      c: [',
  '        1,',
  '+       2',
  '-       3',
  '      ]',
  '    }',
  '  }'
].join('\n'));
assert.strictEqual(e.operator, 'deepStrictEqual');
assert.deepStrictEqual(e.actual, { a: 1, b: { c: [1, 2] } });
try {
  assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'm');
} catch (err) {
  e = err;
}
assert.strictEqual(e.message, 'm\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }');
assert.strictEqual(e.generatedMessage, false);
try {
  assert.deepStrictEqual(new Error('a'), new Error('b'));
} catch (err) {
  e = err;
}
assert.strictEqual(e.message,
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n          ^');

assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual([0], [-0]);
try {
  assert.notDeepStrictEqual({ a: 1 }, { a: 1 });
} catch (err) {
  e = err;
}
assert.strictEqual(e.message, 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
try {
  assert.notDeepStrictEqual(1, 1);
} catch (err) {
  e = err;
}
assert.strictEqual(e.message, 'Expected "actual" not to be strictly deep-equal to: 1');
