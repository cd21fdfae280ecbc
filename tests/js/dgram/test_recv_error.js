'use strict';
// A receive error reaches 'error': a connected socket that sends to a port nobody has bound any more
// gets the kernel's ICMP answer as ECONNREFUSED on its next receive ('recvmsg ECONNREFUSED'); the send
// itself succeeded, and the socket is still usable (closed here by the error handler).
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');
common.deadline(10000);

var gone = dgram.createSocket('udp4');
gone.bind(0, '127.0.0.1', common.mustCall(function () {
  var port = gone.address().port;
  gone.close(common.mustCall(function () {
    var s = dgram.createSocket('udp4');
    s.on('error', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.syscall, 'recvmsg');
      assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall']);
      console.log(e.message);
      assert.strictEqual(s.remoteAddress().port, port);
      s.close();
    }));
    s.connect(port, '127.0.0.1', common.mustCall(function () {
      s.send('x', common.mustCall(function (err, bytes) {
        assert.strictEqual(err, null);
        assert.strictEqual(bytes, 1);
      }));
    }));
  }));
}));
