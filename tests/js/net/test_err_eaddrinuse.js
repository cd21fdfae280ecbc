'use strict';
// EADDRINUSE on listen: exact shape as Node v20 ('listen EADDRINUSE: address already in use ADDR:PORT'),
// emitted as 'error' on the server (not thrown), and the server is not listening afterwards.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var first = net.createServer();
first.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = first.address().port;
  var second = net.createServer();
  second.on('listening', common.mustNotCall('second listen succeeded'));
  second.on('error', common.mustCall(function (err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    // The failed server can still be closed; its callback says it was not running.
    second.close(common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ERR_SERVER_NOT_RUNNING');
      // And it can listen again elsewhere after the failure.
      var again = net.createServer();
      again.listen(0, '127.0.0.1', common.mustCall(function () {
        assert.notStrictEqual(again.address().port, port);
        again.close();
        first.close(common.mustCall());
      }));
    }));
  }));
  // 'error' is emitted asynchronously: the listener may be added after listen().
  var ret = second.listen(port, '127.0.0.1');
  assert.strictEqual(ret, second);
}));
