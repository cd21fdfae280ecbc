'use strict';
// util.inspect of functions, class instances, null-prototype objects, errors, dates, regexps,
// boxed primitives, typed arrays, Buffers, and custom inspection.
var assert = require('assert');
var util = require('util');

var i = util.inspect;

// Functions (named function expressions, so engines agree on the name).
assert.strictEqual(i(function namedFn() {}), '[Function: namedFn]');
assert.strictEqual(i([function () {}]), '[ [Function (anonymous)] ]');
var fnWithProp = function withProp() {};
fnWithProp.prop = 1;
assert.strictEqual(i(fnWithProp), '[Function: withProp] { prop: 1 }');
assert.strictEqual(i({ g: function gg() {} }), '{ g: [Function: gg] }');

// Constructor names and null prototypes.
function Foo() { this.a = 1; }
function Bar() {}
util.inherits(Bar, Foo);
assert.strictEqual(i(new Foo()), 'Foo { a: 1 }');
assert.strictEqual(i(new Bar()), 'Bar {}');
assert.strictEqual(i(Object.create(Foo.prototype)), 'Foo {}');
var nullp = Object.create(null);
assert.strictEqual(i(nullp), '[Object: null prototype] {}');
nullp.x = 1;
assert.strictEqual(i(nullp), '[Object: null prototype] { x: 1 }');
assert.strictEqual(i({ a: { b: { c: new Foo() } } }), '{ a: { b: { c: [Foo] } } }');

// Dates and regular expressions.
assert.strictEqual(i(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(i(new Date(NaN)), 'Invalid Date');
assert.strictEqual(i(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(i({ when: new Date(86400000), re: /x/ }), '{ when: 1970-01-02T00:00:00.000Z, re: /x/ }');

// Boxed primitives.
assert.strictEqual(i(new Number(3)), '[Number: 3]');
assert.strictEqual(i(new String('ab')), "[String: 'ab']");
assert.strictEqual(i(new Boolean(false)), '[Boolean: false]');

// Errors are shown by their stack; extra properties follow.
var err = new Error('top');
var shown = i(err);
assert.strictEqual(shown, err.stack);
assert.strictEqual(shown.split('\n')[0], 'Error: top');
var coded = new Error('with code');
coded.code = 'ECODE';
var lines = i(coded).split('\n');
assert.strictEqual(lines[0], 'Error: with code');
assert.strictEqual(lines[lines.length - 2], "  code: 'ECODE'");
assert.strictEqual(lines[lines.length - 1], '}');
var nostack = new Error('nostack');
nostack.stack = 'Error: nostack';
assert.strictEqual(i(nostack), '[Error: nostack]');
assert.strictEqual(i([nostack]), '[ [Error: nostack] ]');
var te = new TypeError('bad type');
te.stack = 'TypeError: bad type';
assert.strictEqual(i({ e: te }), '{ e: [TypeError: bad type] }');
// A nested error with a real stack is indented.
var nestedLines = i({ e: new Error('nested') }).split('\n');
assert.strictEqual(nestedLines[0], '{');
assert.strictEqual(nestedLines[1], '  e: Error: nested');
assert.ok(/^      at /.test(nestedLines[2]), nestedLines[2]);

// Typed arrays.
assert.strictEqual(i(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(i(new Uint8Array(0)), 'Uint8Array(0) []');
assert.strictEqual(i(new Float64Array([1.5, -0])), 'Float64Array(2) [ 1.5, -0 ]');

// Buffers (when the engine has a global Buffer).
if (typeof Buffer !== 'undefined') {
  var mk = typeof Buffer.from === 'function' ? Buffer.from : function (s) { return new Buffer(s); };
  assert.strictEqual(i(mk('hello')), '<Buffer 68 65 6c 6c 6f>');
  assert.strictEqual(i({ buf: mk('hi') }), '{ buf: <Buffer 68 69> }');
  var big = mk(new Array(61).join('a'));
  assert.strictEqual(i(big), '<Buffer ' + new Array(51).join('61 ').slice(0, -1) + ' ... 10 more bytes>');
}

// Arguments objects.
(function () {
  assert.strictEqual(i(arguments), "[Arguments] { '0': 1, '1': 'a' }");
})(1, 'a');

// Custom inspection via util.inspect.custom.
assert.strictEqual(typeof util.inspect.custom, 'symbol');
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
var custom = {};
custom[util.inspect.custom] = function (depth, options) {
  assert.strictEqual(typeof options, 'object');
  return 'CUSTOM(' + depth + ')';
};
assert.strictEqual(i(custom), 'CUSTOM(2)');
assert.strictEqual(i({ x: custom }), '{ x: CUSTOM(1) }');
var replaced = {};
replaced[util.inspect.custom] = function () { return { replaced: true }; };
assert.strictEqual(i(replaced), '{ replaced: true }');
assert.strictEqual(i(custom, { customInspect: false }), '{ [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)] }');

// Map and Set when the engine has them.
if (typeof Map === 'function') {
  var m = new Map();
  m.set('a', 1);
  assert.strictEqual(i(m), "Map(1) { 'a' => 1 }");
  assert.strictEqual(i(new Map()), 'Map(0) {}');
}
if (typeof Set === 'function') {
  var s = new Set();
  s.add(1);
  s.add('two');
  assert.strictEqual(i(s), "Set(2) { 1, 'two' }");
}
