'use strict';
// A fresh temporary directory for one test, removed when the process exits.
var fs = require('fs');
var path = require('path');

exports.make = function (name) {
  var base = process.env.TMPDIR || '/tmp';
  var dir = fs.mkdtempSync(path.join(base, 'netjs-' + name + '-'));
  process.on('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
  return dir;
};
