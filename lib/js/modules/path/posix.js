'use strict';
// require('path/posix'): path.posix (the same functions: netjs runs on POSIX systems only).
module.exports = require('path').posix;
