'use strict';
// mkdir {recursive} (returns the first directory made) and rm {recursive, force}, both forms.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var dir = require('./tmpdir').make('mkdir');

var deep = path.join(dir, 'a', 'b', 'c');
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(dir, 'a'));
assert.ok(fs.statSync(deep).isDirectory());
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), void 0);
assert.strictEqual(fs.mkdirSync(path.join(dir, 'a', 'b', 'd'), { recursive: true, mode: 448 }), path.join(dir, 'a', 'b', 'd'));
assert.strictEqual(fs.statSync(path.join(dir, 'a', 'b', 'd')).mode & 511, 448);
assert.strictEqual(fs.mkdirSync(path.join(dir, 'plain')), void 0);
assert.throws(function () { fs.mkdirSync(path.join(dir, 'plain')); }, { code: 'EEXIST' });
fs.writeFileSync(path.join(deep, 'f1'), 'x');
fs.writeFileSync(path.join(dir, 'a', 'f2'), 'y');
fs.symlinkSync(dir, path.join(deep, 'loop'));  // rm must not follow it

assert.throws(function () { fs.rmSync(path.join(dir, 'a')); }, { code: 'ERR_FS_EISDIR' });
assert.throws(function () { fs.rmdirSync(path.join(dir, 'a')); }, { code: 'ENOTEMPTY' });
fs.rmSync(path.join(dir, 'a'), { recursive: true });
assert.strictEqual(fs.existsSync(path.join(dir, 'a')), false);
assert.ok(fs.existsSync(dir));
fs.rmSync(path.join(dir, 'a'), { recursive: true, force: true });
assert.throws(function () { fs.rmSync(path.join(dir, 'a'), { recursive: true }); }, { code: 'ENOENT', syscall: 'lstat' });
fs.writeFileSync(path.join(dir, 'file'), '');
fs.rmSync(path.join(dir, 'file'));
assert.strictEqual(fs.existsSync(path.join(dir, 'file')), false);

// Callback forms.
fs.mkdir(path.join(dir, 'x', 'y', 'z'), { recursive: true }, common.mustCall(function (err, first) {
  assert.ifError(err);
  assert.strictEqual(first, path.join(dir, 'x'));
  fs.writeFileSync(path.join(dir, 'x', 'y', 'z', 'f'), 'data');
  fs.mkdir(path.join(dir, 'x', 'y'), { recursive: true }, common.mustCall(function (err, again) {
    assert.ifError(err);
    assert.strictEqual(again, void 0);
    fs.rm(path.join(dir, 'x'), common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_FS_EISDIR');
      fs.rm(path.join(dir, 'x'), { recursive: true }, common.mustCall(function (err) {
        assert.ifError(err);
        assert.strictEqual(fs.existsSync(path.join(dir, 'x')), false);
        fs.rm(path.join(dir, 'x'), { force: true, recursive: true }, common.mustCall(function (err) {
          assert.strictEqual(err, null);
          fs.mkdirSync(path.join(dir, 'r', 's'), { recursive: true });
          fs.rmdir(path.join(dir, 'r'), { recursive: true }, common.mustCall(function (err) {
            assert.ifError(err);
            assert.strictEqual(fs.existsSync(path.join(dir, 'r')), false);
          }));
        }));
      }));
    }));
  }));
}));
