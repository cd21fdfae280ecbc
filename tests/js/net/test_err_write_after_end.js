'use strict';
// write() after end(): the callback gets ERR_STREAM_WRITE_AFTER_END and 'error' is emitted with the
// same error; write() returns false. After destroy(): the callback gets ERR_STREAM_DESTROYED and
// no 'error' is emitted.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var server = net.createServer(function (s) {
  s.resume();
  s.on('end', function () { s.end(); });
  s.on('error', function () {});
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var done = 0;
  function finish() { if (++done === 3) server.close(); }

  // 1. Connected socket, write after end.
  var a = net.connect(port, '127.0.0.1', common.mustCall(function () {
    a.end('bye');
    var cbErr = null;
    var ret = a.write('late', common.mustCall(function (err) {
      cbErr = err;
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.strictEqual(err.message, 'write after end');
    }));
    assert.strictEqual(ret, false);
    a.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.ok(cbErr === null || cbErr === err);
    }));
    a.on('close', common.mustCall(finish));
  }));
  a.resume();

  // 2. Not yet connected: end() then write() — same contract.
  var b = net.connect(port, '127.0.0.1');
  b.end();
  b.write('x', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  b.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  b.resume();
  b.on('close', common.mustCall(finish));

  // 3. Write after destroy: callback error ERR_STREAM_DESTROYED, no 'error' event.
  var c = net.connect(port, '127.0.0.1', common.mustNotCall('connect after destroy'));
  c.on('error', common.mustNotCall('error event for write after destroy'));
  c.destroy();
  var ret = c.write('x', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  }));
  assert.strictEqual(ret, false);
  c.end('y', common.mustCall(function (err) {
    // end() on a destroyed stream: the callback gets ERR_STREAM_DESTROYED, as Node v20.
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  }));
  c.on('close', common.mustCall(finish));
}));
