'use strict';
// assert(), assert.ok(), assert.fail(), AssertionError basics.
var assert = require('assert');
var catchErr = require('../common').catchErr;

assert(true);
assert(1);
assert('x');
assert({});
assert.ok(true, 'unused');

var e = catchErr(function () { assert.ok(0, 'zero is falsy'); });
assert.ok(e instanceof assert.AssertionError);
assert.ok(e instanceof Error);
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.message, 'zero is falsy');
assert.strictEqual(e.generatedMessage, false);
assert.strictEqual(e.actual, 0);
assert.strictEqual(e.expected, true);
assert.strictEqual(e.operator, '==');
assert.strictEqual(String(e), 'AssertionError [ERR_ASSERTION]: zero is falsy');
assert.strictEqual(e.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: zero is falsy');

e = catchErr(function () { assert(false); });
assert.strictEqual(e.generatedMessage, true);
assert.strictEqual(e.operator, '==');
assert.strictEqual(e.actual, false);
assert.strictEqual(typeof e.message, 'string');

e = catchErr(function () { assert(null); });
assert.strictEqual(e.actual, null);

e = catchErr(function () { assert(); });
assert.strictEqual(e.message, 'No value argument passed to `assert.ok()`');
assert.strictEqual(e.generatedMessage, true);

e = catchErr(function () { assert.ok(); });
assert.strictEqual(e.message, 'No value argument passed to `assert.ok()`');

// An Error as the message is thrown as-is.
var mine = new TypeError('mine');
assert.strictEqual(catchErr(function () { assert(false, mine); }), mine);

// fail()
e = catchErr(function () { assert.fail(); });
assert.strictEqual(e.message, 'Failed');
assert.strictEqual(e.operator, 'fail');
assert.strictEqual(e.generatedMessage, true);
assert.ok(e instanceof assert.AssertionError);
e = catchErr(function () { assert.fail('boom'); });
assert.strictEqual(e.message, 'boom');
assert.strictEqual(e.generatedMessage, false);
assert.strictEqual(e.operator, 'fail');
assert.strictEqual(e.actual, undefined);
assert.strictEqual(catchErr(function () { assert.fail(mine); }), mine);

// AssertionError constructed directly.
var made = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(made instanceof assert.AssertionError);
assert.ok(made instanceof Error);
assert.strictEqual(made.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(made.generatedMessage, true);
assert.strictEqual(made.code, 'ERR_ASSERTION');
assert.strictEqual(made.actual, 1);
assert.strictEqual(made.expected, 2);
assert.strictEqual(made.operator, 'strictEqual');
var custom = new assert.AssertionError({ message: 'hi' });
assert.strictEqual(custom.message, 'hi');
assert.strictEqual(custom.generatedMessage, false);
assert.throws(function () { return new assert.AssertionError(); }, TypeError);
