'use strict';
// Promise.resolve/reject/all/race/allSettled/any, AggregateError, and finally().
var assert = require('assert');
var common = require('../common');

function later(v, ms, fail) {
  return new Promise(function (res, rej) { setTimeout(function () { if (fail) rej(v); else res(v); }, ms); });
}
var thenable = { then: function (res) { res('thenable'); } };

// all: values in input order whatever the settle order; non-promises pass through; first rejection wins.
Promise.all([later('a', 20), 'b', later('c', 1), thenable]).then(common.mustCall(function (v) {
  assert.deepStrictEqual(v, ['a', 'b', 'c', 'thenable']);
}));
Promise.all([]).then(common.mustCall(function (v) { assert.deepStrictEqual(v, []); }));
Promise.all('ab').then(common.mustCall(function (v) { assert.deepStrictEqual(v, ['a', 'b']); }));
Promise.all([later(1, 30), later('first', 1, true), later('second', 5, true)])
  .catch(common.mustCall(function (r) { assert.strictEqual(r, 'first'); }));
Promise.all(5).catch(common.mustCall(function (e) { assert.ok(e instanceof TypeError); }));
Promise.all().catch(common.mustCall(function (e) { assert.ok(e instanceof TypeError); }));

// A user-made iterator is followed through Symbol.iterator.
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i++; return i <= 3 ? { value: i * 10, done: false } : { value: void 0, done: true }; } };
};
Promise.all(iterable).then(common.mustCall(function (v) { assert.deepStrictEqual(v, [10, 20, 30]); }));

// race: the first to settle, either way; empty stays pending.
Promise.race([later('slow', 30), later('fast', 1)]).then(common.mustCall(function (v) { assert.strictEqual(v, 'fast'); }));
Promise.race([later('slow', 30), later('boom', 1, true)]).catch(common.mustCall(function (r) { assert.strictEqual(r, 'boom'); }));
Promise.race([]).then(common.mustNotCall(), common.mustNotCall());

// allSettled: every outcome, in order.
Promise.allSettled([later(1, 5), later(2, 1, true), 3]).then(common.mustCall(function (v) {
  assert.deepStrictEqual(v, [
    { status: 'fulfilled', value: 1 },
    { status: 'rejected', reason: 2 },
    { status: 'fulfilled', value: 3 }
  ]);
}));

// any: the first fulfilment; all rejected -> AggregateError with the reasons in input order.
Promise.any([later('no', 1, true), later('yes', 10)]).then(common.mustCall(function (v) { assert.strictEqual(v, 'yes'); }));
Promise.any([later('x', 10, true), later('y', 1, true)]).catch(common.mustCall(function (e) {
  assert.ok(e instanceof AggregateError);
  assert.ok(e instanceof Error);
  assert.strictEqual(e.name, 'AggregateError');
  assert.strictEqual(e.message, 'All promises were rejected');
  assert.deepStrictEqual(e.errors, ['x', 'y']);
}));
Promise.any([]).catch(common.mustCall(function (e) {
  assert.ok(e instanceof AggregateError);
  assert.deepStrictEqual(e.errors, []);
}));
var agg = new AggregateError([1, 2], 'msg');
assert.strictEqual(agg.message, 'msg');
assert.deepStrictEqual(agg.errors, [1, 2]);
assert.strictEqual(Object.keys(agg).indexOf('errors'), -1);
assert.strictEqual(Object.prototype.toString.call(agg), '[object Error]');

// resolve/reject.
var p = Promise.resolve(1);
assert.strictEqual(Promise.resolve(p), p);
Promise.resolve(thenable).then(common.mustCall(function (v) { assert.strictEqual(v, 'thenable'); }));
var rp = Promise.reject(p);
rp.catch(common.mustCall(function (r) { assert.strictEqual(r, p); }));  // a promise as reason is not unwrapped
assert.throws(function () { Promise.resolve.call(5, 1); }, TypeError);

// finally: runs on both outcomes with no argument, passes the outcome through, unless it throws or
// returns a rejected promise; waits for a promise it returns.
Promise.resolve('v').finally(common.mustCall(function () {
  assert.strictEqual(arguments.length, 0);
  return 'ignored';
})).then(common.mustCall(function (v) { assert.strictEqual(v, 'v'); }));
Promise.reject('r').finally(common.mustCall(function () { return 'ignored'; }))
  .catch(common.mustCall(function (r) { assert.strictEqual(r, 'r'); }));
Promise.resolve('v').finally(function () { throw 'thrown'; })
  .catch(common.mustCall(function (r) { assert.strictEqual(r, 'thrown'); }));
Promise.resolve('v').finally(function () { return Promise.reject('inner'); })
  .catch(common.mustCall(function (r) { assert.strictEqual(r, 'inner'); }));
var waited = false;
Promise.resolve('v').finally(function () { return later(null, 5).then(function () { waited = true; }); })
  .then(common.mustCall(function (v) { assert.strictEqual(v, 'v'); assert.ok(waited); }));
Promise.resolve(3).finally().then(common.mustCall(function (v) { assert.strictEqual(v, 3); }));

// A deadline so a broken combinator that never settles fails instead of hanging.
common.deadline(5000);
