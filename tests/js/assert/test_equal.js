'use strict';
// equal/notEqual/strictEqual/notStrictEqual and their messages.
var assert = require('assert');
var catchErr = require('../common').catchErr;

// Loose equality.
assert.equal(1, 1);
assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
var e = catchErr(function () { assert.equal(1, 2); });
assert.strictEqual(e.message, '1 == 2');
assert.strictEqual(e.operator, '==');
assert.strictEqual(e.generatedMessage, true);
e = catchErr(function () { assert.equal({ a: 1 }, { a: 1 }); });
assert.strictEqual(e.message, '{\n  a: 1\n} == {\n  a: 1\n}');
e = catchErr(function () { assert.equal('a', 'b', 'custom'); });
assert.strictEqual(e.message, 'custom');
assert.strictEqual(e.generatedMessage, false);

assert.notEqual(1, 2);
assert.notEqual({}, {});
e = catchErr(function () { assert.notEqual(1, '1'); });
assert.strictEqual(e.message, "1 != '1'");
assert.strictEqual(e.operator, '!=');
catchErr(function () { assert.notEqual(NaN, NaN); });

// Strict equality uses Object.is.
assert.strictEqual(1, 1);
assert.strictEqual(NaN, NaN);
var obj = {};
assert.strictEqual(obj, obj);
e = catchErr(function () { assert.strictEqual(0, -0); });
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0');
e = catchErr(function () { assert.strictEqual(1, 2); });
assert.strictEqual(e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
e = catchErr(function () { assert.strictEqual(1, '1'); });
assert.strictEqual(e.message, "Expected values to be strictly equal:\n\n1 !== '1'\n");
e = catchErr(function () { assert.strictEqual('hello world', 'hello there'); });
assert.strictEqual(e.message, "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^");
e = catchErr(function () { assert.strictEqual({ a: 1 }, { a: 1 }); });
assert.strictEqual(e.message, 'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
e = catchErr(function () { assert.strictEqual([1, 2, 3], [1, 2, 4]); });
assert.strictEqual(e.message,
  'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]');
e = catchErr(function () { assert.strictEqual('a\nb', 'a\nc'); });
assert.strictEqual(e.message, "Expected values to be strictly equal:\n\n'a\\nb' !== 'a\\nc'\n");
e = catchErr(function () { assert.strictEqual('line1\nline2', 'line1\nline3'); });
assert.strictEqual(e.message,
  "Expected values to be strictly equal:\n+ actual - expected\n\n+ 'line1\\nline2'\n- 'line1\\nline3'\n              ^");
// A custom message is followed by the diff for strictEqual.
e = catchErr(function () { assert.strictEqual(1, 2, 'my message'); });
assert.strictEqual(e.message, 'my message\n\n1 !== 2\n');
assert.strictEqual(e.generatedMessage, false);
var mine = new RangeError('mine');
assert.strictEqual(catchErr(function () { assert.strictEqual(1, 2, mine); }), mine);

assert.notStrictEqual(1, '1');
assert.notStrictEqual({}, {});
e = catchErr(function () { assert.notStrictEqual(1, 1); });
assert.strictEqual(e.message, 'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(e.operator, 'notStrictEqual');
e = catchErr(function () { var o = { a: 1 }; assert.notStrictEqual(o, o); });
assert.strictEqual(e.message, 'Expected "actual" not to be reference-equal to "expected": {\n  a: 1\n}\n'.replace(': {', ':\n\n{'));
e = catchErr(function () { assert.notStrictEqual('longer string', 'longer string'); });
assert.strictEqual(e.message, "Expected \"actual\" to be strictly unequal to:\n\n'longer string'");

// Two arguments are required.
e = catchErr(function () { assert.strictEqual(1); });
assert.strictEqual(e.code, 'ERR_MISSING_ARGS');
assert.ok(e instanceof TypeError);
assert.strictEqual(e.message, 'The "actual" and "expected" arguments must be specified');
assert.strictEqual(catchErr(function () { assert.equal(); }).code, 'ERR_MISSING_ARGS');
assert.strictEqual(catchErr(function () { assert.notEqual(1); }).code, 'ERR_MISSING_ARGS');
assert.strictEqual(catchErr(function () { assert.notStrictEqual(1); }).code, 'ERR_MISSING_ARGS');
