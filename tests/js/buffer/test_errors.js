'use strict';
// Invalid arguments throw TypeError/RangeError with Node's error codes.
var assert = require('assert');

function check(fn, code, Type, pattern) {
  var caught = null;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught !== null, 'expected ' + code);
  assert.strictEqual(caught.code, code);
  assert.ok(caught instanceof Type, code + ' should be a ' + Type.name);
  assert.strictEqual(caught.name, Type.name);
  if (pattern) assert.ok(pattern.test(caught.message), caught.message);
}

var buf = Buffer.from('abcdef');

// Creation
check(function () { Buffer.from(5); }, 'ERR_INVALID_ARG_TYPE', TypeError, /^The first argument must be of type string/);
check(function () { Buffer.from(null); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.from(undefined); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.from({}); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.from(true); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.from('abc', 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError, /^Unknown encoding: nope$/);
check(function () { Buffer.from(new ArrayBuffer(4), 5); }, 'ERR_BUFFER_OUT_OF_BOUNDS', RangeError, /"offset"/);
check(function () { Buffer.from(new ArrayBuffer(4), 1, 4); }, 'ERR_BUFFER_OUT_OF_BOUNDS', RangeError, /"length"/);
check(function () { Buffer.alloc(-1); }, 'ERR_OUT_OF_RANGE', RangeError, /"size"/);
check(function () { Buffer.alloc(NaN); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { Buffer.alloc(Infinity); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { Buffer.alloc('5'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"size" argument must be of type number/);
check(function () { Buffer.alloc(); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.allocUnsafe(-1); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { Buffer.allocUnsafe({}); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.allocUnsafeSlow(-5); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { Buffer.alloc(2, 'zz', 'hex'); }, 'ERR_INVALID_ARG_VALUE', TypeError);
check(function () { Buffer.alloc(2, 'a', 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { return new Buffer(5, 'utf8'); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { return new Buffer(-5); }, 'ERR_OUT_OF_RANGE', RangeError);

// Static helpers
check(function () { Buffer.concat('abc'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"list" argument must be an instance of Array/);
check(function () { Buffer.concat([buf, 'x']); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"list\[1\]" argument/);
check(function () { Buffer.concat([buf], -1); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { Buffer.concat([buf], '1'); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.byteLength(5); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"string" argument/);
check(function () { Buffer.byteLength({}); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { Buffer.compare(buf, 'abc'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"buf2"/);
check(function () { Buffer.compare(null, buf); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"buf1"/);

// Prototype methods
check(function () { buf.toString('nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.write(5); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { buf.write('x', 7); }, 'ERR_OUT_OF_RANGE', RangeError, /"offset"/);
check(function () { buf.write('x', -1); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { buf.write('x', 1.5); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { buf.write('x', 0, 7); }, 'ERR_OUT_OF_RANGE', RangeError, /"length"/);
check(function () { buf.write('x', 0, 1, 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.write('x', 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.write('x', {}); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { buf.equals('abcdef'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"otherBuffer"/);
check(function () { buf.compare('abc'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"target"/);
check(function () { buf.compare(buf, -1); }, 'ERR_OUT_OF_RANGE', RangeError, /"targetStart"/);
check(function () { buf.compare(buf, 0, 7); }, 'ERR_OUT_OF_RANGE', RangeError, /"targetEnd"/);
check(function () { buf.compare(buf, 0, 6, 0, 7); }, 'ERR_OUT_OF_RANGE', RangeError, /"sourceEnd"/);
check(function () { buf.compare(buf, 1.5); }, 'ERR_OUT_OF_RANGE', RangeError);
check(function () { buf.compare(buf, '1'); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { buf.copy('abc'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"target"/);
check(function () { buf.copy(Buffer.alloc(2), -1); }, 'ERR_OUT_OF_RANGE', RangeError, /"targetStart"/);
check(function () { buf.copy(Buffer.alloc(2), 0, 7); }, 'ERR_OUT_OF_RANGE', RangeError, /"sourceStart"/);
check(function () { buf.copy(Buffer.alloc(2), 0, 0, -1); }, 'ERR_OUT_OF_RANGE', RangeError, /"sourceEnd"/);
check(function () { buf.indexOf({}); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"value"/);
check(function () { buf.indexOf(null); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { buf.indexOf('a', 0, 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.lastIndexOf('a', 'nope'); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.includes({}); }, 'ERR_INVALID_ARG_TYPE', TypeError);
check(function () { buf.fill('a', 0, 10); }, 'ERR_OUT_OF_RANGE', RangeError, /"end"/);
check(function () { buf.fill('a', '1', 2); }, 'ERR_UNKNOWN_ENCODING', TypeError);
check(function () { buf.fill(1, '1'); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"offset"/);
check(function () { buf.fill('a', 0, 2, 5); }, 'ERR_INVALID_ARG_TYPE', TypeError, /"encoding"/);
// An empty string fills with zeros whatever the encoding.
assert.strictEqual(Buffer.alloc(2, 1).fill('', 'hex').toString('hex'), '0000');

// The errors are usable like Node's: message, stack and toString.
var err;
try { Buffer.alloc(-1); } catch (e) { err = e; }
assert.ok(err instanceof RangeError);
assert.ok(/^The value of "size" is out of range\. It must be >= 0 && <= \d+\. Received -1$/.test(err.message), err.message);
assert.ok(typeof err.stack === 'string');
assert.ok(String(err).indexOf('ERR_OUT_OF_RANGE') !== -1);

// Failed calls leave the buffer untouched.
assert.strictEqual(buf.toString(), 'abcdef');
