'use strict';
// Work an 'unhandledRejection' listener queues runs as after any callback: its microtasks in the
// same drain, before the loop moves on to immediates.
var assert = require('assert');
var common = require('../common');

var log = [];
process.on('unhandledRejection', common.mustCall(function (r) {
  log.push('reported ' + r);
  setImmediate(common.mustCall(function () { log.push('immediate'); }));
  Promise.resolve().then(common.mustCall(function () { log.push('microtask'); }));
}));
setTimeout(function () { Promise.reject('x'); }, 1);
process.on('exit', function () {
  console.log(log.join(', '));
  assert.deepStrictEqual(log, ['reported x', 'microtask', 'immediate']);
});
