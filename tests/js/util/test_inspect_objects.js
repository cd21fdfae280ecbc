'use strict';
// util.inspect of objects and arrays: layout, keys, depth, circular references, getters.
var assert = require('assert');
var util = require('util');

var i = util.inspect;
assert.strictEqual(i({}), '{}');
assert.strictEqual(i([]), '[]');
assert.strictEqual(i({ a: 1, b: 'x' }), "{ a: 1, b: 'x' }");
assert.strictEqual(i([1, 2, 3]), '[ 1, 2, 3 ]');
assert.strictEqual(i([null, undefined]), '[ null, undefined ]');
assert.strictEqual(i({ und: undefined, nul: null }), '{ und: undefined, nul: null }');
assert.strictEqual(i({ 'a-b': 1, valid_id: 2, '0': 3 }), "{ '0': 3, 'a-b': 1, valid_id: 2 }");
assert.strictEqual(i({ a: [], b: {} }), '{ a: [], b: {} }');

// Depth: default 2.
var nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.strictEqual(i(nested), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(i({ a: { b: { c: {} } } }), '{ a: { b: { c: {} } } }');
assert.strictEqual(i({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(i([1, [2, [3, [4, [5]]]]]), '[ 1, [ 2, [ 3, [Array] ] ] ]');
assert.strictEqual(i(nested, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(i(nested, { depth: null }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}');
assert.strictEqual(i(nested, { depth: Infinity }), i(nested, { depth: null }));
// Legacy signature inspect(obj, showHidden, depth).
assert.strictEqual(i(nested, false, 0), '{ a: [Object] }');

// Circular references.
var circ = { name: 'c' };
circ.self = circ;
assert.strictEqual(i(circ), "<ref *1> { name: 'c', self: [Circular *1] }");
var a = { x: 1 };
var b = { a: a };
a.b = b;
assert.strictEqual(i([a]), '[ <ref *1> { x: 1, b: { a: [Circular *1] } } ]');
var arr = [1];
arr.push(arr);
assert.strictEqual(i(arr), '<ref *1> [ 1, [Circular *1] ]');

// Line breaking: entries over the break length go on separate lines.
assert.strictEqual(i({ a: 'x'.repeat ? Array(51).join('x') : '', b: Array(51).join('y') }),
  "{\n  a: '" + Array(51).join('x') + "',\n  b: '" + Array(51).join('y') + "'\n}");

// Arrays with more than 6 items are grouped into columns.
assert.strictEqual(i([1, 2, 3, 4, 5, 6, 7]), '[\n  1, 2, 3, 4,\n  5, 6, 7\n]');
assert.strictEqual(i(['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg', 'h']),
  "[\n  'a',       'bb',\n  'ccc',     'dddd',\n  'eeeee',   'ffffff',\n  'ggggggg', 'h'\n]");
var hundredTwenty = [];
for (var k = 0; k < 120; k++) hundredTwenty.push(k);
var shown = i(hundredTwenty);
assert.ok(/\.\.\. 20 more items\n\]$/.test(shown), shown);
assert.strictEqual(i([1, 2, 3], { maxArrayLength: 2 }), '[ 1, 2, ... 1 more item ]');

// Sparse arrays and extra keys.
var sparse = [1, , 3];
sparse[7] = 8;
assert.strictEqual(i(sparse), '[ 1, <1 empty item>, 3, <4 empty items>, 8 ]');
assert.strictEqual(i(new Array(5)), '[ <5 empty items> ]');
var withKey = [1, 2];
withKey.extra = 'y';
assert.strictEqual(i(withKey), "[ 1, 2, extra: 'y' ]");

// Getters and setters are shown, not invoked (a throwing getter cannot break inspect).
var acc = {};
Object.defineProperty(acc, 'g', { get: function () { throw new Error('boom'); }, enumerable: true });
Object.defineProperty(acc, 's', { set: function (v) {}, enumerable: true });
Object.defineProperty(acc, 'gs', { get: function () { return 1; }, set: function (v) {}, enumerable: true });
assert.strictEqual(i(acc), '{ g: [Getter], s: [Setter], gs: [Getter/Setter] }');
assert.strictEqual(i(acc, { getters: true }),
  '{\n  g: [Getter: <Inspection threw (boom)>],\n  s: [Setter],\n  gs: [Getter/Setter: 1]\n}');

// Non-enumerable properties are hidden unless showHidden.
var hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
assert.strictEqual(i(hidden), '{ visible: 1 }');
assert.strictEqual(i(hidden, { showHidden: true }), '{ visible: 1, [secret]: 2 }');

// Symbol keys.
var symObj = {};
symObj[Symbol('k')] = 'v';
assert.strictEqual(i(symObj), "{ [Symbol(k)]: 'v' }");

// Options: sorted, compact false, breakLength.
assert.strictEqual(i({ b: 1, a: 2 }, { sorted: true }), '{ a: 2, b: 1 }');
assert.strictEqual(i({ a: { b: 1 } }, { compact: false }), '{\n  a: {\n    b: 1\n  }\n}');
assert.strictEqual(i({ a: 1, b: [1, 2] }, { breakLength: 5 }), '{\n  a: 1,\n  b: [\n    1,\n    2\n  ]\n}');
