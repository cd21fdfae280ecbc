'use strict';
var assert = require('assert');
var common = require('../common');
var timers = require('timers');
var t = timers.setTimeout(common.mustCall(function () {
  assert.strictEqual(this, t, 'this in a timer callback is the Timeout');
}), 1);
// Bad delays become 1 ms, as in Node.
timers.setTimeout(common.mustCall(), -5);
timers.setTimeout(common.mustCall(), NaN);
timers.setTimeout(common.mustCall(), 'abc');
var i = 0;
var many = [];
for (i = 0; i < 1000; i++) many.push(setTimeout(common.mustNotCall(), 1000));
many.forEach(function (x) { clearTimeout(x); });
