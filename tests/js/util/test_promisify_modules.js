'use strict';
// util.promisify on the functions that need Node's custom forms: fs.exists (a callback with no error
// argument), fs.read/fs.write (two values), child_process.exec/execFile ({ stdout, stderr }, the error
// carrying both, the child on the promise). Each result is printed in a fixed order for the Node
// comparison.
var common = require('../common');
var assert = require('assert');
var util = require('util');
var fs = require('fs');
var os = require('os');
var path = require('path');
var cp = require('child_process');

common.deadline(20000);
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netjs-promisify-'));
process.on('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var file = path.join(dir, 'f');

var steps = [
  function () {
    return util.promisify(fs.exists)(dir).then(function (v) { return 'exists dir ' + v; });
  },
  function () {
    return util.promisify(fs.exists)(path.join(dir, 'nope')).then(function (v) { return 'exists missing ' + v; });
  },
  function () {
    var fd = fs.openSync(file, 'w+');
    return util.promisify(fs.write)(fd, Buffer.from('hello')).then(function (r) {
      var line = 'write ' + Object.keys(r).join(',') + ' ' + r.bytesWritten + ' ' + r.buffer.toString();
      return util.promisify(fs.read)(fd, Buffer.alloc(3), 0, 3, 1).then(function (q) {
        fs.closeSync(fd);
        return line + ' | read ' + Object.keys(q).join(',') + ' ' + q.bytesRead + ' ' + q.buffer.toString();
      });
    });
  },
  function () {
    var p = util.promisify(cp.exec)('echo out; echo err >&2');
    assert.ok(p.child instanceof cp.ChildProcess);
    return p.then(function (r) { return 'exec ' + JSON.stringify(r); });
  },
  function () {
    return util.promisify(cp.exec)('echo partial; exit 3').then(common.mustNotCall(), function (e) {
      return 'exec failed ' + e.code + ' ' + JSON.stringify(e.stdout) + ' ' + JSON.stringify(e.stderr);
    });
  },
  function () {
    var p = util.promisify(cp.execFile)('printf', ['%s', 'x y']);
    assert.ok(p.child instanceof cp.ChildProcess);
    return p.then(function (r) { return 'execFile ' + JSON.stringify(r); });
  }
];

var done = 0;
function next(i) {
  if (i === steps.length) return;
  steps[i]().then(function (line) {
    console.log(line);
    done++;
    next(i + 1);
  });
}
next(0);
process.on('exit', function (code) {
  if (code === 0) assert.strictEqual(done, steps.length);
});
