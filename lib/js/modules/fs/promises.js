'use strict';
// require('fs/promises'): the same object as require('fs').promises.
module.exports = require('fs').promises;
