'use strict';
// IPv6 loopback: a server on '::1' reports family 'IPv6'; clients reach it by host '::1' and by
// family 6; remoteFamily/localFamily/remoteAddress are IPv6; socket.address() matches.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var server = net.createServer(common.mustCall(function (socket) {
  assert.strictEqual(socket.remoteFamily, 'IPv6');
  assert.strictEqual(socket.remoteAddress, '::1');
  assert.strictEqual(socket.localAddress, '::1');
  assert.strictEqual(socket.localPort, server.address().port);
  assert.deepStrictEqual(socket.address(), { address: '::1', family: 'IPv6', port: server.address().port });
  socket.end('v6:' + socket.remotePort);
}, 3));

var closed = 0;
function check(c, done) {
  var got = '';
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(c.remoteFamily, 'IPv6');
    assert.strictEqual(c.remoteAddress, '::1');
    assert.strictEqual(c.remotePort, server.address().port);
    assert.strictEqual(c.localAddress, '::1');
    var a = c.address();
    assert.strictEqual(a.family, 'IPv6');
    assert.strictEqual(a.address, '::1');
    assert.strictEqual(a.port, c.localPort);
  }));
  c.on('data', function (d) { got += d; });
  c.on('end', common.mustCall(function () { assert.strictEqual(got, 'v6:' + c.localPort); }));
  c.on('close', function () { if (++closed === 3) server.close(); });
}

server.listen(0, '::1', common.mustCall(function () {
  var addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  assert.strictEqual(typeof addr.port, 'number');
  check(net.connect(addr.port, '::1'));
  check(net.connect({ port: addr.port, host: '::1', family: 6 }));
  var s = new net.Socket();
  s.connect({ port: addr.port, host: '::1' });
  check(s);
}));
