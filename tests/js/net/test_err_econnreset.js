'use strict';
// ECONNRESET: the server side resets the connection (resetAndDestroy sends RST). The client gets
// 'error' with code ECONNRESET (syscall 'read'), then 'close'(true). The resetting side closes without
// error.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var server = net.createServer(common.mustCall(function (s) {
  s.on('data', common.mustCall(function () {
    var ret = s.resetAndDestroy();
    assert.strictEqual(ret, s);
    assert.strictEqual(s.destroyed, true);
  }));
  s.on('error', common.mustNotCall('error on the resetting side'));
  s.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var order = [];
  var c = net.connect(server.address().port, '127.0.0.1', common.mustCall(function () {
    c.write('hello');
  }));
  c.on('end', common.mustNotCall('clean end after a reset'));
  c.on('error', common.mustCall(function (err) {
    order.push('error');
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.errno, -104);
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  c.on('close', common.mustCall(function (hadError) {
    order.push('close');
    assert.strictEqual(hadError, true);
    assert.deepStrictEqual(order, ['error', 'close']);
  }));
}));

// resetAndDestroy on a socket that never connected: destroyed with ERR_SOCKET_CLOSED, as Node.
var lone = new net.Socket();
lone.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
}));
// Never had a handle: Node emits 'close' with no hadError argument.
lone.on('close', common.mustCall(function () { assert.strictEqual(arguments.length, 0); }));
lone.resetAndDestroy();

// resetAndDestroy() after end(): libuv cannot reset once a shutdown was requested. Node v20 then emits
// 'error' (reset EINVAL) and never emits 'close' (the socket leaks); netjs closes the socket normally
// instead (a FIN instead of a RST): 'close'(false), no error.
if (process.release.name !== 'node') {
  var srv2 = net.createServer(function (s) {
    s.resume();
    s.on('close', common.mustCall(function () { srv2.close(); }));
  });
  srv2.listen(0, '127.0.0.1', common.mustCall(function () {
    var late = net.connect(srv2.address().port, '127.0.0.1', common.mustCall(function () {
      late.end();
      late.resetAndDestroy();
    }));
    late.on('error', common.mustNotCall('error from resetAndDestroy after end'));
    late.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  }));
}
