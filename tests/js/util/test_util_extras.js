'use strict';
// util members beside format/inspect: debuglog/debug, stripVTControlCharacters, toUSVString,
// getSystemErrorName, log, isDeepStrictEqual and more of util.types, checked against Node v20.
var assert = require('assert');
var util = require('util');
var common = require('../common');

// debuglog: util.debug is the same function; a section NODE_DEBUG does not name logs nothing.
// (What an enabled section prints is checked by tests/cli/test_util_debuglog.sh, which sets NODE_DEBUG.)
assert.strictEqual(util.debug, util.debuglog);
var section = 'netjs_test_section_' + process.pid;
var got = null;
var log = util.debuglog(section, function (fn) { got = fn; });
assert.strictEqual(got, null, 'the callback runs on the first call, not before');
if (!process.env.NODE_DEBUG) {
  assert.strictEqual(log.enabled, false);
  var captured = common.capture(function () { log('not shown %d', 1); });
  assert.strictEqual(captured.err, '');
}
log('first call');
assert.strictEqual(typeof got, 'function');

// stripVTControlCharacters
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain \u001b[1;4mx\u001b[0m'), 'red plain x');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'link');
assert.throws(function () { util.stripVTControlCharacters(1); }, {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "str" argument must be of type string. Received type number (1)'
});

// toUSVString: lone surrogates become U+FFFD, pairs stay
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00x\ud83d\ude00\ud83d'), '\ufffdx\ud83d\ude00\ufffd');
assert.strictEqual(util.toUSVString('plain'), 'plain');

// getSystemErrorName
assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-111), 'ECONNREFUSED');
assert.strictEqual(util.getSystemErrorName(-98), 'EADDRINUSE');
assert.strictEqual(util.getSystemErrorName(-123456), 'Unknown system error -123456');
assert.throws(function () { util.getSystemErrorName(2); }, {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2'
});
assert.throws(function () { util.getSystemErrorName('x'); }, {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')'
});

// util.log: "D Mon HH:MM:SS - message" on stdout
var logged = common.capture(function () { util.log('hello %s', 'there'); }).out;
assert.ok(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - hello there\n$/.test(logged), logged);

// isDeepStrictEqual
assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual([1, 2], [1, 2, 3]), false);

// util.types
assert.strictEqual(util.types.isExternal({}), false);
assert.strictEqual(util.types.isWeakMap({}), false);
assert.strictEqual(util.types.isWeakSet([]), false);
if (typeof WeakMap === 'function') assert.strictEqual(util.types.isWeakMap(new WeakMap()), true);
if (typeof WeakSet === 'function') assert.strictEqual(util.types.isWeakSet(new WeakSet()), true);
assert.strictEqual(util.types.isNativeError(new RangeError('x')), true);
assert.strictEqual(util.types.isNativeError({ name: 'Error', message: 'x' }), false);
assert.strictEqual(util.types.isUint8Array(Buffer.alloc(1)), true);
assert.strictEqual(util.types.isDate(new Date(0)), true);
assert.strictEqual(util.types.isRegExp(/x/), true);

// deprecate: one warning per code, however many functions share it
var warnings = common.capture(function () {
  var f = util.deprecate(function () { return 1; }, 'f is old', 'NETJS_TEST_DEP');
  var g = util.deprecate(function () { return 2; }, 'g is old', 'NETJS_TEST_DEP');
  assert.strictEqual(f() + f() + g(), 4);
}).warnings;
assert.strictEqual(warnings.length, 1);
console.log('util extras ok');
