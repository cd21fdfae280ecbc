'use strict';
// fs.Stats: the fields Node has, in its order, the is*() tests, and times as Date and *Ms numbers.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var dir = require('./tmpdir').make('stats');

var f = path.join(dir, 'f');
fs.writeFileSync(f, '12345');
fs.utimesSync(f, 1600000000.5, 1700000000.25);
var st = fs.statSync(f);
assert.ok(st instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(st), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
  'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']);
assert.strictEqual(st.size, 5);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.isFIFO(), false);
assert.strictEqual(st.isSocket(), false);
assert.strictEqual(st.isBlockDevice(), false);
assert.strictEqual(st.isCharacterDevice(), false);
assert.strictEqual(st.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);
assert.strictEqual(st.atimeMs, 1600000000500);
assert.strictEqual(st.mtimeMs, 1700000000250);
assert.ok(st.atime instanceof Date);
assert.strictEqual(st.atime.getTime(), 1600000000500);
assert.strictEqual(st.mtime.getTime(), 1700000000250);
assert.ok(st.ctime instanceof Date && st.birthtime instanceof Date);
// Node makes the Date from the rounded milliseconds (a Date would truncate them).
assert.strictEqual(st.ctime.getTime(), Math.round(st.ctimeMs));
['dev', 'ino', 'uid', 'gid', 'blksize', 'blocks', 'rdev'].forEach(function (k) {
  assert.strictEqual(typeof st[k], 'number', k);
  assert.ok(st[k] >= 0, k);
});
assert.ok(st.ino > 0);

var fd = fs.openSync(f, 'r');
var fst = fs.fstatSync(fd);
fs.closeSync(fd);
assert.strictEqual(fst.ino, st.ino);
assert.strictEqual(fst.dev, st.dev);

var d = fs.statSync(dir);
assert.strictEqual(d.isDirectory(), true);
assert.strictEqual(d.isFile(), false);

fs.symlinkSync(f, path.join(dir, 'link'));
assert.strictEqual(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(path.join(dir, 'link')).ino, st.ino);

var dev = fs.statSync('/dev/null');
assert.strictEqual(dev.isCharacterDevice(), true);

fs.stat(f, common.mustCall(function (err, s) {
  assert.ifError(err);
  assert.ok(s instanceof fs.Stats);
  assert.strictEqual(s.ino, st.ino);
  assert.strictEqual(s.mtimeMs, st.mtimeMs);
}));
fs.lstat(path.join(dir, 'link'), common.mustCall(function (err, s) {
  assert.ifError(err);
  assert.ok(s.isSymbolicLink());
}));
