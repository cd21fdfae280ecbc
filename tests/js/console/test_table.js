'use strict';
// console.table rendering.
var assert = require('assert');
var common = require('../common');

// What fn printed on stdout.
function printed(fn) {
  return common.capture(fn).out;
}

var r = printed(function () { console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]); });
assert.strictEqual(r, [
  '\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2510',
  '\u2502 (index) \u2502 a   \u2502 b   \u2502',
  '\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2524',
  "\u2502 0       \u2502 1   \u2502 'Y' \u2502",
  "\u2502 1       \u2502 'Z' \u2502 2   \u2502",
  '\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2518',
  ''
].join('\n'));

// Primitive rows go to a "Values" column.
r = printed(function () { console.table([1, 'two']); });
var lines = r.split('\n');
assert.strictEqual(lines[1], '\u2502 (index) \u2502 Values \u2502');
assert.strictEqual(lines[3], '\u2502 0       \u2502 1      \u2502');
assert.strictEqual(lines[4], "\u2502 1       \u2502 'two'  \u2502");

// Object of objects, missing cells are blank.
r = printed(function () { console.table({ x: { v: 1 }, y: { w: 2 } }); });
lines = r.split('\n');
assert.strictEqual(lines[1], '\u2502 (index) \u2502 v \u2502 w \u2502');
assert.strictEqual(lines[3], '\u2502 x       \u2502 1 \u2502   \u2502');
assert.strictEqual(lines[4], '\u2502 y       \u2502   \u2502 2 \u2502');

// Column filter.
r = printed(function () { console.table([{ a: 1, b: 2 }], ['a']); });
assert.strictEqual(r.split('\n')[1], '\u2502 (index) \u2502 a \u2502');

// Non-objects are just logged.
assert.strictEqual(printed(function () { console.table(5); }), '5\n');
assert.strictEqual(printed(function () { console.table('str'); }), 'str\n');
