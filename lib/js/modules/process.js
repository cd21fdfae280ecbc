'use strict';
// require('process'): the process object, as in Node.
module.exports = process;
