'use strict';
// Socket state properties through a connection's life: connecting (true until 'connect'), pending,
// destroyed, readyState ('opening' → 'open' → 'readOnly'/'writeOnly' → 'closed'), readable/writable,
// remote*/local* and address(); timeout undefined until set. After close the peer's address stays
// known, the local end reads as unknown (as Node).
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (ss) {
  var port = server.address().port;
  assert.strictEqual(ss.connecting, false);
  assert.strictEqual(ss.pending, false);
  assert.strictEqual(ss.readyState, 'open');
  assert.strictEqual(ss.remoteAddress, '127.0.0.1');
  assert.strictEqual(ss.remoteFamily, 'IPv4');
  assert.strictEqual(typeof ss.remotePort, 'number');
  assert.strictEqual(ss.localAddress, '127.0.0.1');
  assert.strictEqual(ss.localPort, port);
  assert.strictEqual(ss.localFamily, 'IPv4');
  assert.deepStrictEqual(ss.address(), { address: '127.0.0.1', family: 'IPv4', port: port });
  assert.strictEqual(ss.allowHalfOpen, true);
  ss.resume();
  ss.on('end', common.mustCall(function () {
    // Peer's FIN received, we stay writable.
    assert.strictEqual(ss.readyState, 'writeOnly');
    assert.strictEqual(ss.readable, false);
    assert.strictEqual(ss.writable, true);
    ss.end('x', common.mustCall(function () {
      assert.strictEqual(ss.readyState, 'closed');
    }));
  }));
  ss.on('close', common.mustCall(function () {
    assert.strictEqual(ss.destroyed, true);
    assert.strictEqual(ss.pending, true);
    assert.strictEqual(ss.remoteAddress, '127.0.0.1', 'peer address still known after close');
    assert.strictEqual(ss.localAddress, undefined);
    assert.deepStrictEqual(ss.address(), {});
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var s = new net.Socket();
  // Fresh, unconnected.
  assert.strictEqual(s.connecting, false);
  assert.strictEqual(s.pending, true);
  assert.strictEqual(s.destroyed, false);
  assert.strictEqual(s.timeout, undefined);
  assert.strictEqual(s.remoteAddress, undefined);
  assert.strictEqual(s.remotePort, undefined);
  assert.strictEqual(s.localAddress, undefined);
  assert.strictEqual(s.localPort, undefined);
  assert.deepStrictEqual(s.address(), {});
  assert.strictEqual(s.bytesRead, 0);
  assert.strictEqual(s.bytesWritten, 0);

  s.connect(port, '127.0.0.1');
  assert.strictEqual(s.connecting, true);
  assert.strictEqual(s.pending, true);
  assert.strictEqual(s.readyState, 'opening');
  assert.strictEqual(s.remoteAddress, undefined, 'no peer before connect');

  s.on('connect', common.mustCall(function () {
    assert.strictEqual(s.connecting, false);
    assert.strictEqual(s.pending, false);
    assert.strictEqual(s.readyState, 'open');
    assert.strictEqual(s.readable, true);
    assert.strictEqual(s.writable, true);
    assert.strictEqual(s.remoteAddress, '127.0.0.1');
    assert.strictEqual(s.remotePort, port);
    assert.strictEqual(s.remoteFamily, 'IPv4');
    assert.strictEqual(s.localAddress, '127.0.0.1');
    assert.strictEqual(typeof s.localPort, 'number');
    assert.notStrictEqual(s.localPort, port);
    assert.deepStrictEqual(s.address(), { address: '127.0.0.1', family: 'IPv4', port: s.localPort });
    s.end();
    // Our FIN is on its way, the read side is open.
    assert.strictEqual(s.readyState, 'readOnly');
    assert.strictEqual(s.writable, false);
    assert.strictEqual(s.readable, true);
  }));
  s.on('finish', common.mustCall(function () { assert.strictEqual(s.readyState, 'readOnly'); }));
  s.on('end', common.mustCall(function () {
    assert.strictEqual(s.readyState, 'closed');
    assert.strictEqual(s.readable, false);
  }));
  s.on('close', common.mustCall(function () {
    assert.strictEqual(s.destroyed, true);
    assert.strictEqual(s.connecting, false);
    assert.strictEqual(s.readyState, 'closed');
    assert.strictEqual(s.remoteAddress, '127.0.0.1');
    assert.strictEqual(s.remotePort, port);
    assert.strictEqual(s.localPort, undefined);
    assert.strictEqual(s.bytesRead, 1);
  }));
  s.resume();
}));

// A failed connection: connecting false, destroyed true, readyState 'closed', no peer address.
(function () {
  var probe = net.createServer();
  probe.listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () {
      var c = net.connect(port, '127.0.0.1');
      c.on('error', common.mustCall(function () {
        assert.strictEqual(c.connecting, false);
        assert.strictEqual(c.destroyed, true);
        assert.strictEqual(c.readyState, 'closed');
        assert.strictEqual(c.remoteAddress, undefined);
      }));
    });
  });
})();
