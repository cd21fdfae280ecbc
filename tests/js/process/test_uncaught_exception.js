'use strict';
var assert = require('assert');
var common = require('../common');
// An 'uncaughtException' listener takes the error; the process goes on and exits 0.
var seen = [];
process.on('uncaughtException', common.mustCall(function (err, origin) {
  seen.push(err.message);
  assert.strictEqual(origin, 'uncaughtException');
}, 2));
setTimeout(function () { throw new Error('from a timer'); }, 1);
process.nextTick(function () { throw new Error('from a tick'); });
setTimeout(common.mustCall(function () {
  assert.deepStrictEqual(seen.sort(), ['from a tick', 'from a timer']);
}), 20);
