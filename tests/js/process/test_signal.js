'use strict';
var assert = require('assert');
var common = require('../common');
common.deadline(5000);
// A listener for a signal receives it; the process survives and exits when the loop drains.
process.on('SIGUSR2', common.mustCall(function (name) {
  assert.strictEqual(name, 'SIGUSR2');
  process.removeAllListeners('SIGUSR2');
}));
// Keep the loop alive until the signal arrived (watchers alone do not, as in Node).
var keep = setInterval(function () {
  if (process.listenerCount('SIGUSR2') === 0) clearInterval(keep);
}, 5);
process.kill(process.pid, 'SIGUSR2');
assert.throws(function () { process.kill(process.pid, 'SIGNOPE'); });
