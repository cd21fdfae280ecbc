'use strict';
// util.inspect of primitives and strings (quoting and escaping).
var assert = require('assert');
var util = require('util');

var i = util.inspect;
assert.strictEqual(i(1), '1');
assert.strictEqual(i(-1.5), '-1.5');
assert.strictEqual(i(-0), '-0');
assert.strictEqual(i(0), '0');
assert.strictEqual(i(NaN), 'NaN');
assert.strictEqual(i(Infinity), 'Infinity');
assert.strictEqual(i(-Infinity), '-Infinity');
assert.strictEqual(i(1e21), '1e+21');
assert.strictEqual(i(true), 'true');
assert.strictEqual(i(false), 'false');
assert.strictEqual(i(null), 'null');
assert.strictEqual(i(undefined), 'undefined');
assert.strictEqual(i(Symbol('desc')), 'Symbol(desc)');
assert.strictEqual(i(Symbol()), 'Symbol()');

// Strings are quoted with single quotes, unless that needs escaping.
assert.strictEqual(i('str'), "'str'");
assert.strictEqual(i(''), "''");
assert.strictEqual(i("it's"), '"it\'s"');
assert.strictEqual(i('it\'s "q"'), '`it\'s "q"`');
assert.strictEqual(i('it\'s "q" `b`'), "'it\\'s \"q\" `b`'");
assert.strictEqual(i('a\nb'), "'a\\nb'");
assert.strictEqual(i('tab\there'), "'tab\\there'");
assert.strictEqual(i('\x01\x7f'), "'\\x01\\x7F'");
assert.strictEqual(i('back\\slash'), "'back\\\\slash'");
assert.strictEqual(i('\b\f\r\v'), "'\\b\\f\\r\\x0B'");
assert.strictEqual(i('caf\u00e9 \u2603'), "'caf\u00e9 \u2603'");

// maxStringLength truncates.
assert.strictEqual(i('abcdef', { maxStringLength: 3 }), "'abc'... 3 more characters");
assert.strictEqual(i('abcd', { maxStringLength: 3 }), "'abc'... 1 more character");

// Long multi-line strings inside objects are split after each newline.
var long = 'multi\nline\nstring that is long enough to be split into several pieces when nested in an object yes';
assert.strictEqual(i({ s: long }),
  "{\n  s: 'multi\\n' +\n    'line\\n' +\n    'string that is long enough to be split into several pieces when nested in an object yes'\n}");
