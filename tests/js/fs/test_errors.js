'use strict';
// Errors as Node gives them: system errors ("ENOENT: no such file or directory, open '<path>'" with
// errno, code, syscall, path, dest) thrown by Sync forms and passed to callbacks; argument errors
// thrown at once. Prints each, with the temporary directory shown as <dir>, for the Node comparison.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var dir = require('./tmpdir').make('errors');

var missing = path.join(dir, 'missing');
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'x');

function show(e) {
  var keys = ['errno', 'code', 'syscall', 'path', 'dest'].filter(function (k) { return e[k] !== void 0; });
  var line = e.name + ': ' + e.message + ' {' + keys.map(function (k) { return k + '=' + e[k]; }).join(' ') + '}';
  console.log(line.split(dir).join('<dir>'));
}

function sync(fn) {
  var caught = null;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught, 'expected a throw: ' + fn);
  show(caught);
  return caught;
}

var e = sync(function () { fs.openSync(missing); });
assert.strictEqual(e.code, 'ENOENT');
assert.strictEqual(e.errno < 0, true);
assert.strictEqual(e.path, missing);
assert.ok(e instanceof Error);
sync(function () { fs.readFileSync(missing); });
sync(function () { fs.readFileSync(dir); });
sync(function () { fs.statSync(missing); });
sync(function () { fs.lstatSync(missing); });
sync(function () { fs.readdirSync(missing); });
sync(function () { fs.readdirSync(file); });
sync(function () { fs.mkdirSync(file); });
sync(function () { fs.mkdirSync(path.join(missing, 'a')); });
sync(function () { fs.mkdirSync(path.join(file, 'a'), { recursive: true }); });
sync(function () { fs.rmdirSync(missing); });
sync(function () { fs.rmdirSync(file); });
sync(function () { fs.unlinkSync(missing); });
sync(function () { fs.unlinkSync(dir); });
sync(function () { fs.renameSync(missing, file); });
sync(function () { fs.copyFileSync(missing, file); });
sync(function () { fs.symlinkSync('x', file); });
sync(function () { fs.linkSync(missing, path.join(dir, 'l')); });
sync(function () { fs.readlinkSync(file); });
sync(function () { fs.realpathSync(path.join(missing, 'deeper')); });
sync(function () { fs.accessSync(missing); });
sync(function () { fs.truncateSync(missing); });
sync(function () { fs.chmodSync(missing, 420); });
sync(function () { fs.utimesSync(missing, 1, 1); });
// Argument errors with Node v20's own wording ("oldPath" for readlink; "time" ... "an Time in seconds").
sync(function () { fs.utimesSync(file, 'x', 1); });
sync(function () { fs.futimesSync(0, {}, 1); });
sync(function () { fs.futimesSync(0, 1, 'y'); });
sync(function () { fs.readlinkSync(5); });
sync(function () { fs.readlink(5, function () {}); });
sync(function () { fs.rmSync(missing); });
sync(function () { fs.rmSync(dir); });
sync(function () { fs.writeFileSync(path.join(missing, 'f'), 'x'); });
sync(function () { fs.openSync(file, 'wx'); });
sync(function () { fs.fstatSync(987654); });
sync(function () { fs.closeSync(987654); });
sync(function () { fs.readSync(987654, Buffer.alloc(1), 0, 1, 0); });
sync(function () { fs.writeSync(987654, 'x'); });
sync(function () { fs.mkdtempSync(path.join(missing, 'x-')); });
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), void 0);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), void 0);
fs.rmSync(missing, { force: true });

// Argument errors.
sync(function () { fs.openSync(file, 'zz'); });
sync(function () { fs.openSync(42); });
sync(function () { fs.openSync(file, 'r', 'abc'); });
sync(function () { fs.closeSync('1'); });
sync(function () { fs.closeSync(1.5); });
sync(function () { fs.closeSync(-1); });
sync(function () { fs.statSync(null); });
sync(function () { fs.stat(file); });
sync(function () { fs.readFile(file); });
sync(function () { fs.writeFileSync(file, 5); });
sync(function () { fs.readFileSync(file, 'nope'); });
sync(function () { fs.readSync(0, 'str'); });
sync(function () { fs.readSync(0, Buffer.alloc(4), 0, 10, 0); });
sync(function () { fs.mkdirSync(file, { recursive: 'yes' }); });
sync(function () { fs.rmSync(file, { force: 1 }); });
sync(function () { fs.statSync('a\u0000b'); });

// Callback forms pass the same errors.
var pending = [
  function (cb) { fs.open(missing, 'r', cb); },
  function (cb) { fs.readFile(missing, cb); },
  function (cb) { fs.stat(missing, cb); },
  function (cb) { fs.readdir(missing, cb); },
  function (cb) { fs.mkdir(file, cb); },
  function (cb) { fs.mkdir(path.join(file, 'a'), { recursive: true }, cb); },
  function (cb) { fs.rename(missing, file, cb); },
  function (cb) { fs.copyFile(missing, file, cb); },
  function (cb) { fs.realpath(path.join(missing, 'deeper'), cb); },
  function (cb) { fs.rm(missing, cb); },
  function (cb) { fs.rm(dir, cb); },
  function (cb) { fs.close(987654, cb); },
  function (cb) { fs.writeFile(path.join(missing, 'f'), 'x', cb); },
  function (cb) { fs.truncate(missing, cb); }
];
function next() {
  var op = pending.shift();
  if (!op) return;
  var sync = true;
  op(common.mustCall(function (err) {
    assert.strictEqual(sync, false);
    assert.ok(err instanceof Error);
    show(err);
    next();
  }));
  sync = false;
}
next();
fs.rm(missing, { force: true }, common.mustCall(function (err) { assert.strictEqual(err, null); }));
