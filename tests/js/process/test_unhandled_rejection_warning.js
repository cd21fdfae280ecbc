'use strict';
// A rejection reported unhandled and handled later, with no 'rejectionHandled' listener, gives a
// PromiseRejectionHandledWarning naming the rejection's id (its rank among unhandled rejections).
var assert = require('assert');
var common = require('../common');

var reasons = [];
process.on('unhandledRejection', function (r) { reasons.push(r); });
process.on('warning', common.mustCall(function (w) {
  assert.strictEqual(w.name, 'PromiseRejectionHandledWarning');
  assert.strictEqual(w.message, 'Promise rejection was handled asynchronously (rejection id: 2)');
  console.log(w.name + ': ' + w.message);
}));
Promise.reject(1);
var second = Promise.reject(2);
setTimeout(function () {
  assert.deepStrictEqual(reasons, [1, 2]);
  second.catch(common.mustCall());
}, 5);
