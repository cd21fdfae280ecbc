'use strict';
var assert = require('assert');
var common = require('../common');
var rounds = 0;
// 'beforeExit' may schedule more work; it is emitted again when the loop drains again.
process.on('beforeExit', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  if (++rounds < 3) setTimeout(function () {}, 1);
}, 3));
// Not wrapped in mustCall: common's own exit check runs first and would count it as missing.
process.on('exit', function () { assert.strictEqual(rounds, 3); });
