'use strict';
// throws/doesNotThrow with constructors, RegExps, validation functions and objects.
var assert = require('assert');
var catchErr = require('../common').catchErr;

function thrower(err) {
  return function () { throw err; };
}

// No expectation.
assert.throws(thrower(new Error('x')));
var e = catchErr(function () { assert.throws(function () {}); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'Missing expected exception.');
assert.strictEqual(e.operator, 'throws');
e = catchErr(function () { assert.throws(function () {}, TypeError); });
assert.strictEqual(e.message, 'Missing expected exception (TypeError).');
e = catchErr(function () { assert.throws(function () {}, 'msg here'); });
assert.strictEqual(e.message, 'Missing expected exception: msg here');
e = catchErr(function () { assert.throws(function () {}, TypeError, 'custom'); });
assert.strictEqual(e.message, 'Missing expected exception (TypeError): custom');

// Constructors.
assert.throws(thrower(new TypeError('x')), TypeError);
assert.throws(thrower(new TypeError('x')), Error);
e = catchErr(function () { assert.throws(thrower(new Error('orig')), TypeError); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message,
  'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\norig');
assert.strictEqual(e.operator, 'throws');
assert.strictEqual(e.generatedMessage, true);

// RegExp against String(err).
assert.throws(thrower(new Error('hello world')), /hello/);
assert.throws(thrower(new TypeError('bad')), /^TypeError: bad$/);
e = catchErr(function () { assert.throws(thrower(new Error('hello')), /bye/); });
assert.strictEqual(e.message, "The input did not match the regular expression /bye/. Input:\n\n'Error: hello'\n");

// Validation function.
assert.throws(thrower(new Error('x')), function (err) { return err.message === 'x'; });
e = catchErr(function () { assert.throws(thrower(new Error('x')), function validate() { return false; }); });
assert.strictEqual(e.message,
  'The "validate" validation function is expected to return "true". Received false\n\nCaught error:\n\nError: x');

// Validation object: every property must deep-equal; RegExps match string properties.
function connErr(code) {
  var err = new Error('connect ' + code);
  err.code = code;
  return err;
}
assert.throws(thrower(connErr('ECONNREFUSED')), { code: 'ECONNREFUSED', name: 'Error' });
assert.throws(thrower(connErr('ECONNREFUSED')), { message: /connect/, code: 'ECONNREFUSED' });
e = catchErr(function () {
  assert.throws(thrower(connErr('EOTHER')), { code: 'ECONNREFUSED', name: 'Error' });
});
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, [
  'Expected values to be strictly deep-equal:',
  '+ actual - expected',
  '',
  '  Comparison {',
  "+   code: 'EOTHER',",
  "-   code: 'ECONNREFUSED',",
  "    name: 'Error'",
  '  }'
].join('\n'));
assert.strictEqual(e.operator, 'throws');
e = catchErr(function () {
  assert.throws(thrower(connErr('EOTHER')), { code: 'ECONNREFUSED' }, 'wrong code');
});
assert.strictEqual(e.message, 'wrong code');
// An Error instance as the expectation compares name and message too.
assert.throws(thrower(new Error('x')), new Error('x'));
catchErr(function () { assert.throws(thrower(new Error('x')), new Error('y')); });
// Thrown primitives against an object.
e = catchErr(function () { assert.throws(thrower('str'), { a: 1 }); });
assert.ok(e instanceof assert.AssertionError);
// An empty object is rejected.
e = catchErr(function () { assert.throws(thrower(new Error('x')), {}); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
// The first argument must be a function.
e = catchErr(function () { assert.throws('notfn'); });
assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');

// doesNotThrow
assert.doesNotThrow(function () {});
assert.doesNotThrow(function () {}, 'never shown');
e = catchErr(function () { assert.doesNotThrow(thrower(new Error('boom'))); });
assert.ok(e instanceof assert.AssertionError);
assert.strictEqual(e.message, 'Got unwanted exception.\nActual message: "boom"');
assert.strictEqual(e.operator, 'doesNotThrow');
e = catchErr(function () { assert.doesNotThrow(thrower(new Error('boom')), 'because'); });
assert.strictEqual(e.message, 'Got unwanted exception: because\nActual message: "boom"');
e = catchErr(function () { assert.doesNotThrow(thrower(new TypeError('boom')), TypeError, 'msg'); });
assert.strictEqual(e.message, 'Got unwanted exception: msg\nActual message: "boom"');
// A non-matching error is rethrown unchanged.
var te = new TypeError('boom');
assert.strictEqual(catchErr(function () { assert.doesNotThrow(thrower(te), RangeError); }), te);
