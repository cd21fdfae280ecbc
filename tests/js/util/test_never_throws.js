'use strict';
// inspect() and format() must not throw on odd values.
var assert = require('assert');
var util = require('util');

var throwingGetter = {};
Object.defineProperty(throwingGetter, 'bad', { get: function () { throw new Error('getter'); }, enumerable: true });

var throwingToString = { toString: function () { throw new Error('toString'); } };
var nullProto = Object.create(null);
nullProto.k = Symbol('v');
var badCtor = {};
Object.defineProperty(badCtor, 'constructor', { get: function () { throw new Error('ctor'); } });
var selfRef = [];
selfRef.push(selfRef, { back: selfRef });
var withProto = Object.create(Object.create(null));
withProto.p = 1;
var numberStack = new Error('number stack');
numberStack.stack = 42;
var fakeError = Object.create(Error.prototype);

var odd = [
  throwingGetter, nullProto, badCtor, selfRef, withProto, numberStack, fakeError,
  Symbol('x'), Symbol(), [Symbol('in array')], { s: Symbol('in object') },
  Object.create(Array.prototype), new Array(3), -0, '', function () {}
];

odd.forEach(function (value, idx) {
  var s = util.inspect(value);
  assert.strictEqual(typeof s, 'string', 'inspect #' + idx);
  assert.strictEqual(typeof util.inspect(value, { depth: null, showHidden: true }), 'string');
  assert.strictEqual(typeof util.format('%s %o %O %c', value, value, value, value),
    'string', 'format #' + idx);
  assert.strictEqual(typeof util.format(value, value), 'string');
});

assert.strictEqual(util.inspect(throwingGetter), '{ bad: [Getter] }');
assert.strictEqual(util.inspect(nullProto), '[Object: null prototype] { k: Symbol(v) }');
assert.strictEqual(util.format('%s', nullProto), '[Object: null prototype] { k: Symbol(v) }');
assert.strictEqual(util.format('%s', Symbol('x')), 'Symbol(x)');
assert.strictEqual(util.format(Symbol('x')), 'Symbol(x)');
assert.strictEqual(util.inspect(selfRef), '<ref *1> [ [Circular *1], { back: [Circular *1] } ]');
