'use strict';
// The default listen host is '::' (dual-stack): an IPv4 client on 127.0.0.1 and an IPv6 client on
// ::1 both connect; the IPv4 peer shows up as '::ffff:127.0.0.1' (IPv6 family) on the server, as in
// Node. listen(0, '127.0.0.1') reports family 'IPv4'; listen(0, '::') reports '::'/'IPv6'.
// (The seed says an omitted host accepts "any IPv4 address (0.0.0.0)"; Node binds '::' dual-stack,
// which accepts any IPv4 address too, so the seed's promise holds and address() follows Node.)
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

(function () {
  var seen = [];
  var server = net.createServer(common.mustCall(function (socket) {
    seen.push(socket.remoteAddress);
    socket.end();
    if (seen.length === 2) server.close();
  }, 2));
  server.listen(0, common.mustCall(function () {
    var addr = server.address();
    assert.strictEqual(addr.address, '::');
    assert.strictEqual(addr.family, 'IPv6');
    var c4 = net.connect(addr.port, '127.0.0.1', common.mustCall(function () {
      assert.strictEqual(c4.remoteFamily, 'IPv4');
      assert.strictEqual(c4.remoteAddress, '127.0.0.1');
      assert.strictEqual(c4.localAddress, '127.0.0.1');
      var c6 = net.connect({ port: addr.port, host: '::1' }, common.mustCall(function () {
        assert.strictEqual(c6.remoteFamily, 'IPv6');
      }));
      c6.resume();
    }));
    c4.resume();
  }));
  server.on('close', common.mustCall(function () {
    assert.deepStrictEqual(seen, ['::ffff:127.0.0.1', '::1']);
  }));
})();

(function () {
  var server = net.createServer(function (s) { s.end(); });
  server.listen(0, '127.0.0.1', common.mustCall(function () {
    var addr = server.address();
    assert.deepStrictEqual(Object.keys(addr).sort(), ['address', 'family', 'port']);
    assert.strictEqual(addr.address, '127.0.0.1');
    assert.strictEqual(addr.family, 'IPv4');
    var c = net.connect({ port: addr.port, host: '127.0.0.1', family: 4 }, common.mustCall(function () {
      assert.strictEqual(c.remoteFamily, 'IPv4');
      assert.deepStrictEqual(c.address(), { address: '127.0.0.1', family: 'IPv4', port: c.localPort });
    }));
    c.resume();
    c.on('close', function () { server.close(); });
  }));
})();

(function () {
  var server = net.createServer();
  server.listen({ port: 0, host: '::' }, common.mustCall(function () {
    assert.strictEqual(server.address().address, '::');
    assert.strictEqual(server.address().family, 'IPv6');
    // '::' without ipv6Only accepts IPv4 too.
    var c = net.connect(server.address().port, '127.0.0.1', common.mustCall(function () {
      c.destroy();
      server.close();
    }));
  }));
  server.on('connection', function (s) { s.resume(); });
})();

// ipv6Only: '::' with ipv6Only refuses IPv4 clients.
(function () {
  var server = net.createServer(common.mustNotCall('IPv4 connection to an ipv6Only server'));
  server.listen({ port: 0, host: '::', ipv6Only: true }, common.mustCall(function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      server.close();
    }));
  }));
})();
