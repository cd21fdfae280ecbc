'use strict';
var assert = require('assert');
var common = require('../common');
var n = 0;
var iv = setInterval(common.mustCall(function () {
  n++;
  if (n === 5) clearInterval(iv);
}, 5), 2);
// clearInterval also clears a timeout, and clearTimeout an interval (as in Node)
var iv2 = setInterval(common.mustNotCall(), 1);
clearTimeout(iv2);
process.on('exit', function () { assert.strictEqual(n, 5); });
