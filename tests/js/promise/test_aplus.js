'use strict';
// A focused subset of the Promises/A+ spec (2.1-2.3) and ES2015's resolve functions.
var assert = require('assert');
var common = require('../common');

var sentinel = { sentinel: 'sentinel' };
var other = { other: 'other' };
function rejected(r) { return new Promise(function (res, rej) { rej(r); }); }
function resolved(v) { return new Promise(function (res) { res(v); }); }

// 2.1: once settled, a promise does not change state.
new Promise(function (res, rej) { res(sentinel); rej(other); res(other); })
  .then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }), common.mustNotCall());
new Promise(function (res, rej) { rej(sentinel); res(other); })
  .then(common.mustNotCall(), common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));
// An executor that throws after resolving does not reject.
new Promise(function (res) { res(1); throw new Error('ignored'); }).then(common.mustCall(function (v) { assert.strictEqual(v, 1); }));
// An executor that throws first rejects.
new Promise(function () { throw sentinel; }).catch(common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));

// 2.2.1: non-function arguments are ignored and the value/reason passes through.
resolved(sentinel).then(null, 5).then(void 0, {}).then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));
rejected(sentinel).then(5, null).then(common.mustNotCall(), common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));

// 2.2.4: handlers never run before the current code finishes.
var sync = true;
resolved(1).then(common.mustCall(function () { assert.strictEqual(sync, false); }));
rejected(1).then(null, common.mustCall(function () { assert.strictEqual(sync, false); }));
new Promise(function (res) { res(); assert.strictEqual(sync, true); });
sync = false;

// 2.2.5: handlers are called as functions, with no this.
resolved(1).then(common.mustCall(function () { assert.strictEqual(this, undefined); }));

// 2.2.6: handlers of one promise run in the order then() was called, even when added during a run.
var order = [];
var p = resolved(0);
p.then(function () { order.push(1); p.then(function () { order.push(4); }); });
p.then(function () { order.push(2); });
p.then(function () { order.push(3); });

// 2.2.7: then returns a new promise; a throw rejects it, a return resolves it.
var p1 = resolved(1);
var p2 = p1.then(function () { throw sentinel; });
assert.notStrictEqual(p1, p2);
assert.ok(p2 instanceof Promise);
p2.catch(common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));
rejected(1).then(null, function () { return sentinel; }).then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));

// 2.3.1: a promise resolved with itself rejects with a TypeError.
var selfp = resolved(1).then(function () { return selfp; });
selfp.then(common.mustNotCall(), common.mustCall(function (e) {
  assert.ok(e instanceof TypeError);
  assert.strictEqual(e.message, 'Chaining cycle detected for promise #<Promise>');
}));

// 2.3.2: adopting a promise's state.
resolved(1).then(function () { return resolved(sentinel); }).then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));
resolved(1).then(function () { return rejected(sentinel); }).catch(common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));

// 2.3.3: thenables: then read once, called with this = the thenable, first call wins, throws after a call ignored.
var reads = 0;
var thenable = {};
Object.defineProperty(thenable, 'then', {
  get: function () {
    reads++;
    return function (res, rej) {
      assert.strictEqual(this, thenable);
      res(sentinel);
      rej(other);
      res(other);
      throw other;
    };
  }
});
resolved(1).then(function () { return thenable; }).then(common.mustCall(function (v) {
  assert.strictEqual(v, sentinel);
  assert.strictEqual(reads, 1);
}));
// A then getter that throws rejects with that.
var badThen = {};
Object.defineProperty(badThen, 'then', { get: function () { throw sentinel; } });
resolved(1).then(function () { return badThen; }).catch(common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));
// A then that throws before resolving rejects.
resolved(1).then(function () { return { then: function () { throw sentinel; } }; })
  .catch(common.mustCall(function (r) { assert.strictEqual(r, sentinel); }));
// A thenable resolving with another thenable is followed recursively.
resolved(1).then(function () {
  return { then: function (res) { res({ then: function (res2) { setTimeout(function () { res2(sentinel); }, 1); } }); } };
}).then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));
// A then that is not a function: the object is the value. Functions are thenables too.
var notThenable = { then: 5 };
resolved(1).then(function () { return notThenable; }).then(common.mustCall(function (v) { assert.strictEqual(v, notThenable); }));
function fnThenable() {}
fnThenable.then = function (res) { res(sentinel); };
resolved(fnThenable).then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));

// 2.3.4: primitives fulfil as they are.
[0, '', false, null, undefined, 'x'].forEach(function (v) {
  resolved(1).then(function () { return v; }).then(common.mustCall(function (got) { assert.strictEqual(got, v); }));
});

// The constructor.
assert.throws(function () { Promise(function () {}); }, TypeError);
assert.throws(function () { new Promise(5); }, /Promise resolver 5 is not a function/);
assert.throws(function () { new Promise(); }, TypeError);
assert.throws(function () { Promise.prototype.then.call({}, function () {}); }, TypeError);
assert.throws(function () { Promise.prototype.then.call(Object.create(resolved(1)), function () {}); }, TypeError);
assert.strictEqual(Object.prototype.toString.call(resolved(1)), '[object Promise]');
assert.deepStrictEqual(Object.keys(resolved(1)), []);
assert.strictEqual(typeof Promise.prototype.then, 'function');
assert.strictEqual(Object.keys(Promise.prototype).length, 0);

// Subclassing: then() builds the result with this.constructor.
function MyPromise(executor) {
  var self = new Promise(executor);
  Object.setPrototypeOf(self, MyPromise.prototype);
  return self;
}
Object.setPrototypeOf(MyPromise, Promise);
MyPromise.prototype = Object.create(Promise.prototype, { constructor: { value: MyPromise, writable: true, configurable: true } });
var mine = new MyPromise(function (res) { res(sentinel); });
var derived = mine.then(function (v) { return v; });
assert.ok(derived instanceof MyPromise);
derived.then(common.mustCall(function (v) { assert.strictEqual(v, sentinel); }));
assert.ok(MyPromise.resolve(1) instanceof MyPromise);
// Promise.resolve(x) returns x itself only when x was made by the same constructor.
assert.strictEqual(MyPromise.resolve(mine), mine);
assert.notStrictEqual(Promise.resolve(mine), mine);
var plain = resolved(1);
assert.strictEqual(Promise.resolve(plain), plain);

process.on('exit', function () { assert.deepStrictEqual(order, [1, 2, 3, 4]); });
