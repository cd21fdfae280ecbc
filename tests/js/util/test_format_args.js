'use strict';
// util.format when the first argument is not a string, and util.formatWithOptions.
var assert = require('assert');
var util = require('util');

var f = util.format;

// Every argument is inspected and joined with spaces; strings stay unquoted.
assert.strictEqual(f(1, 2, 3), '1 2 3');
assert.strictEqual(f(1, 'a', { b: 2 }), "1 a { b: 2 }");
assert.strictEqual(f(null), 'null');
assert.strictEqual(f(undefined), 'undefined');
assert.strictEqual(f(undefined, null), 'undefined null');
assert.strictEqual(f({ a: 'x' }, 'plain'), "{ a: 'x' } plain");
assert.strictEqual(f(['a']), "[ 'a' ]");
assert.strictEqual(f(Symbol('s'), 'x'), 'Symbol(s) x');
assert.strictEqual(f(-0), '-0');
assert.strictEqual(f(true, false), 'true false');
assert.strictEqual(f(function named() {}), '[Function: named]');
assert.strictEqual(f({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(f(new Error('boom')).split('\n')[0], 'Error: boom');

// Objects following a format string are inspected (strings there are not quoted).
assert.strictEqual(f('x', { y: 'z' }, 'w'), "x { y: 'z' } w");
assert.strictEqual(f('%s', 'a', ['b']), "a [ 'b' ]");

// formatWithOptions passes inspect options.
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({}, 'a %s', 'b'), 'a b');
assert.throws(function () { util.formatWithOptions(null, 'x'); }, { code: 'ERR_INVALID_ARG_TYPE' });
