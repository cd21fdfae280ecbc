'use strict';
// fs.watch on a directory and on a file: 'change' events with Node's event types and names, close()
// with 'close' on the next tick, errors as Node's, and persistent: false not holding the process.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var dir = require('./tmpdir').make('watch');

var file = path.join(dir, 'existing');
fs.writeFileSync(file, 'a');

var seen = [];
var w = fs.watch(dir, function (type, name) {
  seen.push(type + ' ' + name);
  if (name === 'new') {
    w.close();
    w.close();  // a second close does nothing
    assert.strictEqual(closed, false);  // 'close' comes on a later tick
  }
});
assert.ok(w instanceof require('events'));
var closed = false;
w.on('close', common.mustCall(function () {
  closed = true;
  assert.strictEqual(seen[seen.length - 1], 'rename new');
  assert.ok(seen.indexOf('change existing') >= 0, seen.join());
  watchFile();
}));
fs.appendFileSync(file, 'b');
fs.writeFileSync(path.join(dir, 'new'), '');

// A watched file reports its own name.
function watchFile() {
  var fw = fs.watch(file, { encoding: 'buffer' });
  fw.on('change', common.mustCallAtLeast(function (type, name) {
    assert.strictEqual(type, 'change');
    assert.ok(Buffer.isBuffer(name));
    assert.strictEqual(name.toString(), 'existing');
    fw.close();
  }, 1));
  fs.appendFileSync(file, 'c');
}

assert.throws(function () { fs.watch(path.join(dir, 'missing')); }, function (e) {
  return e.code === 'ENOENT' && e.syscall === 'watch' && e.filename === path.join(dir, 'missing') &&
    e.message === "ENOENT: no such file or directory, watch '" + path.join(dir, 'missing') + "'";
});
assert.throws(function () { fs.watch(5); }, { code: 'ERR_INVALID_ARG_TYPE' });
// Not persistent: does not keep the process alive (the test would time out otherwise).
fs.watch(dir, { persistent: false });
common.deadline(10000);
