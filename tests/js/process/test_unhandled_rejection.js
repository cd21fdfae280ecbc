'use strict';
// 'unhandledRejection' and 'rejectionHandled' (Node v20's default mode): a rejection still unhandled
// once the tick and microtask queues drain is reported with (reason, promise); one handled before
// then (in a later tick or microtask of the same drain) is not; a handler attached after the report
// emits 'rejectionHandled' with the promise.
var assert = require('assert');
var common = require('../common');

var reported = [];
process.on('unhandledRejection', function (reason, promise) {
  assert.ok(promise instanceof Promise);
  reported.push(reason);
  console.log('unhandledRejection ' + (reason instanceof Error ? reason.message : String(reason)));
  // Work a listener queues runs in the same drain, before the loop goes on.
  if (reason === 'from timer') {
    setImmediate(common.mustCall(function () { console.log('immediate after the report'); }));
    Promise.resolve().then(common.mustCall(function () { console.log('microtask from the listener'); }));
  }
});

// Reported: nobody handles these.
var lateOne = Promise.reject('late');
Promise.reject(new Error('plain'));
Promise.resolve().then(function () { throw new Error('thrown in then'); });
new Promise(function () { throw 'thrown in executor'; });
// A derived promise of a rejected one with only a fulfilment handler is itself unhandled.
Promise.reject('chained').then(function () {});

// Not reported: handled in the same drain.
var p1 = Promise.reject('handled in tick');
process.nextTick(function () { p1.catch(function () {}); });
var p2 = Promise.reject('handled in microtask');
Promise.resolve().then(function () { p2.catch(function () {}); });
Promise.reject('caught').catch(function () {});
Promise.reject('then2').then(null, function () {});

process.on('rejectionHandled', common.mustCall(function (promise) {
  assert.strictEqual(promise, lateOne);
  console.log('rejectionHandled');
}));

setTimeout(function () {
  assert.deepStrictEqual(reported.map(function (r) { return r instanceof Error ? r.message : r; }),
    ['late', 'plain', 'thrown in executor', 'thrown in then', 'chained']);
  lateOne.catch(common.mustCall(function (r) { assert.strictEqual(r, 'late'); }));
  // A rejection inside a timer callback is reported after that callback's drain.
  Promise.reject('from timer');
  setImmediate(function () {
    assert.strictEqual(reported[reported.length - 1], 'from timer');
  });
}, 5);
