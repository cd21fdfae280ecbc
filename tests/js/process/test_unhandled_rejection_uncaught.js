'use strict';
// With no 'unhandledRejection' listener, the rejection becomes an uncaught exception: an
// 'uncaughtException' listener gets the reason (an Error as it is; anything else wrapped in an
// ERR_UNHANDLED_REJECTION error) with origin 'unhandledRejection', and the process goes on.
var assert = require('assert');
var common = require('../common');

var seen = [];
process.on('uncaughtException', common.mustCall(function (err, origin) {
  assert.strictEqual(origin, 'unhandledRejection');
  seen.push(err);
}, 3));

var boom = new Error('boom');
Promise.reject(boom);
Promise.reject(42);
Promise.reject({ a: 1 });

setTimeout(function () {
  assert.strictEqual(seen[0], boom);
  assert.strictEqual(seen[1].code, 'ERR_UNHANDLED_REJECTION');
  assert.strictEqual(seen[1].name, 'UnhandledPromiseRejection');
  assert.strictEqual(seen[1].message, 'This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "42".');
  assert.ok(/with the reason "#<Object>"\.$/.test(seen[2].message));
  console.log('still running');
}, 5);
