'use strict';
var assert = require('assert');
var common = require('../common');
var log = [];
setImmediate(function () {
  log.push('a');
  // Queued while the batch runs: runs on the next loop iteration, after the other immediate.
  setImmediate(function () { log.push('c'); });
  process.nextTick(function () { log.push('tick-in-a'); });
});
setImmediate(function () { log.push('b'); });
var cleared = setImmediate(common.mustNotCall());
clearImmediate(cleared);
clearImmediate(undefined);
assert.throws(function () { setImmediate('not a function'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { setTimeout(null); }, { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', function () {
  assert.deepStrictEqual(log, ['a', 'tick-in-a', 'b', 'c']);
});
