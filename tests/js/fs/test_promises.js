'use strict';
// fs.promises and require('fs/promises'): promise forms of the path functions and a FileHandle.
// Needs the global Promise.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var fsp = require('fs/promises');
var path = require('path');
var Buffer = require('buffer').Buffer;
var dir = require('./tmpdir').make('promises');

assert.strictEqual(fsp, fs.promises);
var f = path.join(dir, 'f.txt');
var done = common.mustCall(function () {});

fsp.writeFile(f, 'hello')
  .then(function () { return fsp.appendFile(f, ' world'); })
  .then(function () { return fsp.readFile(f, 'utf8'); })
  .then(function (text) {
    assert.strictEqual(text, 'hello world');
    return fsp.stat(f);
  })
  .then(function (st) {
    assert.ok(st instanceof fs.Stats);
    assert.strictEqual(st.size, 11);
    return fsp.mkdir(path.join(dir, 'a', 'b'), { recursive: true });
  })
  .then(function (first) {
    assert.strictEqual(first, path.join(dir, 'a'));
    return fsp.readdir(dir);
  })
  .then(function (names) {
    assert.deepStrictEqual(names, ['a', 'f.txt']);
    return fsp.copyFile(f, path.join(dir, 'g.txt'));
  })
  .then(function () { return fsp.rename(path.join(dir, 'g.txt'), path.join(dir, 'h.txt')); })
  .then(function () { return fsp.symlink('h.txt', path.join(dir, 'l')); })
  .then(function () { return fsp.readlink(path.join(dir, 'l')); })
  .then(function (target) {
    assert.strictEqual(target, 'h.txt');
    return fsp.lstat(path.join(dir, 'l'));
  })
  .then(function (st) {
    assert.ok(st.isSymbolicLink());
    return fsp.realpath(path.join(dir, 'l'));
  })
  .then(function (real) {
    assert.strictEqual(real, fs.realpathSync(path.join(dir, 'h.txt')));
    return fsp.truncate(path.join(dir, 'h.txt'), 2);
  })
  .then(function () { return fsp.access(path.join(dir, 'h.txt'), fs.constants.R_OK); })
  .then(function () { return fsp.unlink(path.join(dir, 'l')); })
  .then(function () { return fsp.rmdir(path.join(dir, 'a', 'b')); })
  .then(function () { return fsp.rm(path.join(dir, 'a'), { recursive: true }); })
  .then(function () { return fsp.stat(path.join(dir, 'missing')); })
  .then(common.mustNotCall(), function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'stat');
    return fsp.readFile(42.5);
  })
  .then(common.mustNotCall(), function (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    return fsp.open(f, 'r+');
  })
  .then(function (fh) {
    assert.strictEqual(typeof fh.fd, 'number');
    var buf = Buffer.alloc(5);
    return fh.read(buf, 0, 5, 6)
      .then(function (r) {
        assert.strictEqual(r.bytesRead, 5);
        assert.strictEqual(r.buffer.toString(), 'world');
        return fh.write('J', 0);
      })
      .then(function (w) {
        assert.strictEqual(w.bytesWritten, 1);
        return fh.stat();
      })
      .then(function (st) {
        assert.strictEqual(st.size, 11);
        return fh.readFile('utf8');
      })
      .then(function (text) {
        assert.strictEqual(text, 'Jello world');
        return fh.truncate(5);
      })
      .then(function () { return fh.sync(); })
      .then(function () { return fh.close(); })
      .then(function () { return fsp.readFile(f, 'utf8'); });
  })
  .then(function (text) {
    assert.strictEqual(text, 'Jello');
    done();
  })
  .then(null, function (err) { process.nextTick(function () { throw err; }); });
