'use strict';
// require('util/types'): util.types, as in Node.
module.exports = require('util').types;
