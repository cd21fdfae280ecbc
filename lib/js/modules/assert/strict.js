'use strict';
// require('assert/strict'): assert.strict, as in Node.
module.exports = require('assert').strict;
