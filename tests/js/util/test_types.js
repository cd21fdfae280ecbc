'use strict';
// util.isX predicates and util.types.
var assert = require('assert');
var util = require('util');

var fn = function named() {};
var values = [1, 'str', true, null, undefined, Symbol('s'), {}, [], fn, /re/, new Date(0), new Error('e')];

function check(name, expected) {
  var pred = util[name];
  assert.strictEqual(typeof pred, 'function', name);
  for (var i = 0; i < values.length; i++) {
    assert.strictEqual(pred(values[i]), expected[i], name + ' of value #' + i);
  }
}

//                       1      'str'  true   null   undef  sym    {}     []     fn     /re/   Date   Error
check('isArray',        [false, false, false, false, false, false, false, true,  false, false, false, false]);
check('isBoolean',      [false, false, true,  false, false, false, false, false, false, false, false, false]);
check('isNull',         [false, false, false, true,  false, false, false, false, false, false, false, false]);
check('isNullOrUndefined', [false, false, false, true, true, false, false, false, false, false, false, false]);
check('isNumber',       [true,  false, false, false, false, false, false, false, false, false, false, false]);
check('isString',       [false, true,  false, false, false, false, false, false, false, false, false, false]);
check('isSymbol',       [false, false, false, false, false, true,  false, false, false, false, false, false]);
check('isUndefined',    [false, false, false, false, true,  false, false, false, false, false, false, false]);
check('isRegExp',       [false, false, false, false, false, false, false, false, false, true,  false, false]);
check('isObject',       [false, false, false, false, false, false, true,  true,  false, true,  true,  true]);
check('isDate',         [false, false, false, false, false, false, false, false, false, false, true,  false]);
check('isError',        [false, false, false, false, false, false, false, false, false, false, false, true]);
check('isFunction',     [false, false, false, false, false, false, false, false, true,  false, false, false]);
check('isPrimitive',    [true,  true,  true,  true,  true,  true,  false, false, false, false, false, false]);
check('isBuffer',       [false, false, false, false, false, false, false, false, false, false, false, false]);

assert.strictEqual(util.isError(new TypeError('t')), true);
assert.strictEqual(util.isError({ name: 'Error', message: 'fake' }), false);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isBuffer(new Uint8Array(2)), false);
if (typeof Buffer !== 'undefined') {
  var b = typeof Buffer.from === 'function' ? Buffer.from('x') : new Buffer('x');
  assert.strictEqual(util.isBuffer(b), true);
}

// util.types
var t = util.types;
assert.strictEqual(typeof t, 'object');
assert.strictEqual(t.isDate(new Date()), true);
assert.strictEqual(t.isDate({}), false);
assert.strictEqual(t.isRegExp(/x/), true);
assert.strictEqual(t.isRegExp('x'), false);
assert.strictEqual(t.isNativeError(new RangeError('r')), true);
assert.strictEqual(t.isNativeError({}), false);
assert.strictEqual(t.isTypedArray(new Uint8Array(1)), true);
assert.strictEqual(t.isTypedArray([]), false);
assert.strictEqual(t.isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(t.isUint8Array(new Int8Array(1)), false);
assert.strictEqual(t.isArrayBuffer(new ArrayBuffer(1)), true);
assert.strictEqual(t.isArrayBuffer(new Uint8Array(1)), false);
assert.strictEqual(t.isBoxedPrimitive(new Number(1)), true);
assert.strictEqual(t.isBoxedPrimitive(1), false);
(function () { assert.strictEqual(t.isArgumentsObject(arguments), true); })();
assert.strictEqual(t.isArgumentsObject([]), false);

// util.isDeepStrictEqual
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
