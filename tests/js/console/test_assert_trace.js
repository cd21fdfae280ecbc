'use strict';
// console.assert and console.trace write to stderr.
var assert = require('assert');
var capture = require('../common').capture;

var r = capture(function () {
  console.assert(true, 'not shown');
  console.assert(1);
});
assert.strictEqual(r.out + r.err, '');

r = capture(function () { console.assert(false); });
assert.strictEqual(r.err, 'Assertion failed\n');
r = capture(function () { console.assert(0, 'value was %d', 0); });
assert.strictEqual(r.err, 'Assertion failed: value was 0\n');
r = capture(function () { console.assert(null, 'a', 'b'); });
assert.strictEqual(r.err, 'Assertion failed: a b\n');
assert.strictEqual(r.out, '');

// console.assert does not throw.
assert.doesNotThrow(function () { capture(function () { console.assert(false, 'x'); }); });

r = capture(function () { console.trace('here %d', 5); });
assert.strictEqual(r.out, '');
var lines = r.err.split('\n');
assert.strictEqual(lines[0], 'Trace: here 5');
assert.ok(/^    at /.test(lines[1]), lines[1]);
assert.strictEqual(r.err.slice(-1), '\n');

r = capture(function () { console.trace(); });
assert.strictEqual(r.err.split('\n')[0], 'Trace');
