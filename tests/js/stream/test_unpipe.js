'use strict';
// unpipe(): stops data to one destination ('unpipe' event), pauses the source when no pipes
// remain; unpipe() without arguments removes all.
var assert = require('assert');
var common = require('../common');
var stream = require('stream');
common.deadline(5000);

function collector(name, log) {
  return new stream.Writable({
    write: function (c, e, cb) {
      log.push(name + ':' + c);
      cb();
    }
  });
}

(function () {
  var log = [];
  var src = new stream.Readable({ read: function () {} });
  var a = collector('a', log);
  var b = collector('b', log);
  src.pipe(a);
  src.pipe(b);
  src.push('1');
  setTimeout(function () {
    assert.deepStrictEqual(log, ['a:1', 'b:1']);
    b.on('unpipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
    src.unpipe(b);
    assert.strictEqual(src.readableFlowing, true);   // still one pipe
    src.push('2');
    setTimeout(function () {
      assert.deepStrictEqual(log, ['a:1', 'b:1', 'a:2']);
      src.unpipe(a);
      assert.strictEqual(src.readableFlowing, false); // no pipes: paused
      assert.strictEqual(src.isPaused(), true);
      src.push('3');
      setTimeout(function () {
        assert.deepStrictEqual(log, ['a:1', 'b:1', 'a:2']);
        assert.strictEqual(src.readableLength, 1);
        assert.strictEqual(a.writableEnded, false);   // unpipe does not end
        // Unpiping a stream that is not piped is a no-op.
        assert.strictEqual(src.unpipe(a), src);
        a.end();
        b.end();
      }, 10);
    }, 10);
  }, 10);
})();

// unpipe() with no argument removes every destination.
(function () {
  var log = [];
  var src = new stream.Readable({ read: function () {} });
  var a = collector('a', log);
  var b = collector('b', log);
  src.pipe(a);
  src.pipe(b);
  a.once('unpipe', common.mustCall());
  b.once('unpipe', common.mustCall());
  src.unpipe();
  src.push('x');
  setTimeout(function () {
    assert.deepStrictEqual(log, []);
    assert.strictEqual(src.isPaused(), true);
    // Pipe again later: data resumes.
    src.pipe(a);
    setTimeout(function () {
      assert.deepStrictEqual(log, ['a:x']);
      src.push(null);
    }, 10);
  }, 10);
  a.on('finish', common.mustCall());
})();

// A destination that finishes gets unpiped automatically.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var dest = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  src.pipe(dest);
  dest.on('unpipe', common.mustCall());
  dest.end();
  dest.on('finish', common.mustCall(function () {
    setImmediate(function () { src.destroy(); });
  }));
})();
