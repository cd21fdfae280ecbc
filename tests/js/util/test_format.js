'use strict';
// util.format: every placeholder, escaping, missing/extra arguments.
var assert = require('assert');
var util = require('util');

var f = util.format;

assert.strictEqual(f(), '');
assert.strictEqual(f(''), '');
assert.strictEqual(f('plain'), 'plain');
assert.strictEqual(f('%s'), '%s');
assert.strictEqual(f('%%'), '%%');
assert.strictEqual(f('%% %s', 'a'), '% a');
assert.strictEqual(f('%s%%%s', 1, 2), '1%2');
assert.strictEqual(f('trailing %'), 'trailing %');
assert.strictEqual(f('%', 1), '% 1');
assert.strictEqual(f('%x %s', 'a'), '%x a');
assert.strictEqual(f('%5s', 1), '%5s 1');

// %s
assert.strictEqual(f('%s', 'str'), 'str');
assert.strictEqual(f('%s', 42), '42');
assert.strictEqual(f('%s', -0), '-0');
assert.strictEqual(f('%s', null), 'null');
assert.strictEqual(f('%s', undefined), 'undefined');
assert.strictEqual(f('%s', true), 'true');
assert.strictEqual(f('%s', Symbol('sym')), 'Symbol(sym)');
assert.strictEqual(f('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
assert.strictEqual(f('%s', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(f('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
function Foo() { this.x = 1; }
Foo.prototype.toString = function () { return 'FOO!'; };
assert.strictEqual(f('%s', new Foo()), 'FOO!');
assert.strictEqual(f('%s', Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(f('%s', new Error('err1')).split('\n')[0], 'Error: err1');
assert.strictEqual(f('%s:%s', 'a'), 'a:%s');
assert.strictEqual(f('%s:%s', 'a', 'b', 'c', { d: 1 }), 'a:b c { d: 1 }');

// %d %i %f
assert.strictEqual(f('%d', 42), '42');
assert.strictEqual(f('%d', '42'), '42');
assert.strictEqual(f('%d', 42.5), '42.5');
assert.strictEqual(f('%d', -0), '-0');
assert.strictEqual(f('%d', {}), 'NaN');
assert.strictEqual(f('%d', Symbol('x')), 'NaN');
assert.strictEqual(f('%d', '0x10'), '16');
assert.strictEqual(f('%d %d', 1), '1 %d');
assert.strictEqual(f('%i', 42.9), '42');
assert.strictEqual(f('%i', '42.9x'), '42');
assert.strictEqual(f('%i', 'x'), 'NaN');
assert.strictEqual(f('%i', Symbol('x')), 'NaN');
assert.strictEqual(f('%f', '1.5e3'), '1500');
assert.strictEqual(f('%f', 'x'), 'NaN');
assert.strictEqual(f('%f', 2.25), '2.25');
assert.strictEqual(f('%f', Symbol('x')), 'NaN');

// %j
assert.strictEqual(f('%j', { a: [1, 'x'] }), '{"a":[1,"x"]}');
assert.strictEqual(f('%j', 'str'), '"str"');
assert.strictEqual(f('%j', undefined), 'undefined');
var circ = {};
circ.self = circ;
assert.strictEqual(f('%j', circ), '[Circular]');
assert.strictEqual(f('%j', { toJSON: function () { return 'J'; } }), '"J"');

// %o %O
assert.strictEqual(f('%O', { a: 1, b: 'x' }), "{ a: 1, b: 'x' }");
assert.strictEqual(f('%O', { a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(f('%O', 'str'), "'str'");
assert.strictEqual(f('%o', { a: 1 }), '{ a: 1 }');
assert.strictEqual(f('%o', [1, 2]), '[ 1, 2, [length]: 2 ]');
// %o uses depth 4.
assert.strictEqual(f('%o', { a: { b: { c: { d: { e: 1 } } } } }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.strictEqual(f('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }), '{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}');

// %c consumes an argument and prints nothing.
assert.strictEqual(f('%cstyled', 'color: red'), 'styled');
assert.strictEqual(f('%c%s', 'color: red', 'x'), 'x');

// Multiple placeholders and leftovers.
assert.strictEqual(f('a%sb%sc', 1), 'a1b%sc');
assert.strictEqual(f('%s %s', 'a'), 'a %s');
assert.strictEqual(f('%s', 'a', 'b'), 'a b');
assert.strictEqual(f('%s', 'a', 1, null, undefined), 'a 1 null undefined');
assert.strictEqual(f('%s', 'a', 'with space'), 'a with space');
