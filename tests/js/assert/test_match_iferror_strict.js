'use strict';
// match/doesNotMatch, ifError and assert.strict.
var assert = require('assert');
var catchErr = require('../common').catchErr;

assert.match('abc', /b/);
var e = catchErr(function () { assert.match('abc', /x/); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
assert.strictEqual(e.operator, 'match');
assert.strictEqual(e.generatedMessage, true);
e = catchErr(function () { assert.match(123, /x/); });
assert.strictEqual(e.message, 'The "string" argument must be of type string. Received type number (123)');
e = catchErr(function () { assert.match('abc', /x/, 'no x'); });
assert.strictEqual(e.message, 'no x');
assert.strictEqual(e.generatedMessage, false);
e = catchErr(function () { assert.match('abc', 'x'); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');

assert.doesNotMatch('abc', /x/);
e = catchErr(function () { assert.doesNotMatch('abc', /b/); });
assert.strictEqual(e.message, "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
assert.strictEqual(e.operator, 'doesNotMatch');

// ifError
assert.ifError(null);
assert.ifError(undefined);
e = catchErr(function () { assert.ifError(new Error('bad')); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'ifError got unwanted exception: bad');
assert.strictEqual(e.operator, 'ifError');
assert.strictEqual(e.expected, null);
assert.ok(e.actual instanceof Error);
e = catchErr(function () { assert.ifError('string'); });
assert.strictEqual(e.message, "ifError got unwanted exception: 'string'");
e = catchErr(function () { assert.ifError(0); });
assert.strictEqual(e.message, 'ifError got unwanted exception: 0');
e = catchErr(function () { assert.ifError(new TypeError('')); });
assert.strictEqual(e.message, 'ifError got unwanted exception: TypeError');

// assert.strict: the loose methods are the strict ones.
var strict = assert.strict;
assert.strictEqual(typeof strict, 'function');
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.throws, assert.throws);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
strict(true);
strict.ok(1);
e = catchErr(function () { strict.equal(1, '1'); });
assert.strictEqual(e.operator, 'strictEqual');
e = catchErr(function () { strict.deepEqual({ a: 1 }, { a: '1' }); });
assert.strictEqual(e.operator, 'deepStrictEqual');
strict.notEqual(1, '1');
e = catchErr(function () { strict(false); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.operator, '==');
