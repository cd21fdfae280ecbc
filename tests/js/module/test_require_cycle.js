'use strict';
var assert = require('assert');
var a = require('./fixtures/a');
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.sawB, 'b');
assert.strictEqual(a.bSawPartialA, 'a', 'b saw the exports a had set before requiring b');
var b = require('./fixtures/b');
assert.strictEqual(b.aDoneWhenBLoaded, undefined, 'a was still loading when b ran');
