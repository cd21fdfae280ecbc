'use strict';
// The callback forms: each runs on the thread pool, calls back later (never synchronously), and
// process.nextTick callbacks queued inside run before the next I/O callback.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var Buffer = require('buffer').Buffer;
var dir = require('./tmpdir').make('async');

var f = path.join(dir, 'a.txt');
var steps = [];
var sync = true;

fs.open(f, 'w+', common.mustCall(function (err, fd) {
  assert.ifError(err);
  assert.strictEqual(sync, false);
  steps.push('open');
  process.nextTick(function () { steps.push('tick'); });
  fs.write(fd, Buffer.from('abcdef'), 0, 6, 0, common.mustCall(function (err, written, b) {
    assert.ifError(err);
    assert.strictEqual(written, 6);
    assert.ok(Buffer.isBuffer(b));
    steps.push('write');
    fs.write(fd, 'XY', 2, 'utf8', common.mustCall(function (err, n, s) {
      assert.ifError(err);
      assert.strictEqual(n, 2);
      assert.strictEqual(s, 'XY');
      var buf = Buffer.alloc(10);
      fs.read(fd, buf, 0, 10, 0, common.mustCall(function (err, bytes, b2) {
        assert.ifError(err);
        assert.strictEqual(bytes, 6);
        assert.strictEqual(b2, buf);
        assert.strictEqual(buf.toString('utf8', 0, bytes), 'abXYef');
        fs.fstat(fd, common.mustCall(function (err, st) {
          assert.ifError(err);
          assert.strictEqual(st.size, 6);
          assert.ok(st instanceof fs.Stats);
          fs.ftruncate(fd, 2, common.mustCall(function (err) {
            assert.ifError(err);
            fs.fsync(fd, common.mustCall(function (err) {
              assert.ifError(err);
              fs.close(fd, common.mustCall(function (err) {
                assert.ifError(err);
                steps.push('close');
                paths();
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}));
sync = false;

function paths() {
  fs.readFile(f, 'utf8', common.mustCall(function (err, data) {
    assert.ifError(err);
    assert.strictEqual(data, 'ab');
    fs.appendFile(f, 'cd', common.mustCall(function (err) {
      assert.ifError(err);
      fs.rename(f, path.join(dir, 'b.txt'), common.mustCall(function (err) {
        assert.ifError(err);
        fs.exists(f, common.mustCall(function (e) {
          assert.strictEqual(e, false);
          fs.copyFile(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'), common.mustCall(function (err) {
            assert.ifError(err);
            fs.access(path.join(dir, 'c.txt'), fs.constants.R_OK, common.mustCall(function (err) {
              assert.ifError(err);
              fs.symlink('c.txt', path.join(dir, 'l'), common.mustCall(function (err) {
                assert.ifError(err);
                fs.readlink(path.join(dir, 'l'), common.mustCall(function (err, target) {
                  assert.ifError(err);
                  assert.strictEqual(target, 'c.txt');
                  fs.lstat(path.join(dir, 'l'), common.mustCall(function (err, st) {
                    assert.ifError(err);
                    assert.ok(st.isSymbolicLink());
                    fs.realpath(path.join(dir, 'l'), common.mustCall(function (err, real) {
                      assert.ifError(err);
                      assert.strictEqual(real, fs.realpathSync(path.join(dir, 'c.txt')));
                      dirs();
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

function dirs() {
  fs.mkdir(path.join(dir, 'sub'), common.mustCall(function (err) {
    assert.ifError(err);
    fs.writeFile(path.join(dir, 'sub', 'x'), Buffer.from([1, 2, 3]), common.mustCall(function (err) {
      assert.ifError(err);
      fs.readdir(dir, common.mustCall(function (err, names) {
        assert.ifError(err);
        assert.deepStrictEqual(names, ['b.txt', 'c.txt', 'l', 'sub']);
        fs.readdir(dir, { recursive: true }, common.mustCall(function (err, all) {
          assert.ifError(err);
          assert.deepStrictEqual(all.sort(), ['b.txt', 'c.txt', 'l', 'sub', 'sub/x']);
          fs.stat(path.join(dir, 'sub', 'x'), common.mustCall(function (err, st) {
            assert.ifError(err);
            assert.strictEqual(st.size, 3);
            fs.unlink(path.join(dir, 'sub', 'x'), common.mustCall(function (err) {
              assert.ifError(err);
              fs.rmdir(path.join(dir, 'sub'), common.mustCall(function (err) {
                assert.ifError(err);
                fs.truncate(path.join(dir, 'b.txt'), 1, common.mustCall(function (err) {
                  assert.ifError(err);
                  assert.strictEqual(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), 'a');
                  fs.mkdtemp(path.join(dir, 't-'), common.mustCall(function (err, t) {
                    assert.ifError(err);
                    assert.ok(fs.statSync(t).isDirectory());
                    fs.utimes(t, 5, 6, common.mustCall(function (err) {
                      assert.ifError(err);
                      assert.strictEqual(fs.statSync(t).mtimeMs, 6000);
                      fs.chmod(t, 448, common.mustCall(function (err) {
                        assert.ifError(err);
                        steps.push('done');
                      }));
                    }));
                  }));
                }));
              }));
            }));
          }));
        }));
      }));
    }));
  }));
}

// A read on the thread pool does not hold up timers.
var timerFired = false;
setTimeout(function () { timerFired = true; }, 1);

process.on('exit', function () {
  assert.deepStrictEqual(steps, ['open', 'tick', 'write', 'close', 'done']);
  assert.ok(timerFired);
});
