'use strict';
// server.getConnections(cb) counts open connections (asynchronously); maxConnections: a connection
// over the limit is closed by the server at once (the client sees 'end' then 'close', no data)
// and the server emits 'drop'; after a slot frees up a new client is served again.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

(function () {
  var sockets = [];
  var server = net.createServer(function (socket) {
    sockets.push(socket);
    socket.resume();
    if (sockets.length < 3) return;
    var sync = true;
    assert.strictEqual(server.getConnections(common.mustCall(function (err, count) {
      assert.strictEqual(sync, false, 'getConnections callback is asynchronous');
      assert.strictEqual(err, null);
      assert.strictEqual(count, 3);
      sockets[0].destroy();
      sockets[0].on('close', function () {
        server.getConnections(common.mustCall(function (err2, count2) {
          assert.strictEqual(count2, 2);
          sockets[1].destroy();
          sockets[2].destroy();
          server.close(common.mustCall(function () {
            server.getConnections(common.mustCall(function (err3, count3) {
              assert.strictEqual(count3, 0);
            }));
          }));
        }));
      });
    })), server);
    sync = false;
  });
  server.listen(0, '127.0.0.1', function () {
    for (var i = 0; i < 3; i++) {
      var c = net.connect(server.address().port, '127.0.0.1');
      c.on('error', function () {});
      c.resume();
    }
  });
})();

(function () {
  var server = net.createServer(common.mustCall(function (socket) {
    socket.write('welcome');
    socket.resume();
    socket.on('end', function () { socket.end(); });
  }, 2));
  assert.strictEqual(server.maxConnections, undefined);
  server.maxConnections = 1;
  var extra;
  server.on('drop', common.mustCall(function (data) {
    // Who was dropped, as Node reports it.
    assert.strictEqual(data.localAddress, '127.0.0.1');
    assert.strictEqual(data.localPort, server.address().port);
    assert.strictEqual(data.localFamily, 'IPv4');
    assert.strictEqual(data.remoteAddress, '127.0.0.1');
    assert.strictEqual(data.remoteFamily, 'IPv4');
    assert.strictEqual(typeof data.remotePort, 'number');
    assert.ok(data.remotePort > 0);
  }));
  server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var first = net.connect(port, '127.0.0.1');
    first.once('data', common.mustCall(function (d) {
      assert.strictEqual(String(d), 'welcome');
      extra = net.connect(port, '127.0.0.1');
      extra.on('data', common.mustNotCall('data on a dropped connection'));
      extra.on('error', function (err) {
        // The server closes the dropped socket at once; a reset is acceptable too.
        assert.strictEqual(err.code, 'ECONNRESET');
      });
      extra.on('close', common.mustCall(function () {
        server.getConnections(function (err, n) {
          assert.strictEqual(n, 1);
          first.end();
        });
      }));
    }));
    first.on('close', common.mustCall(function () {
      // The slot is free again.
      server.getConnections(function (err, n) {
        assert.strictEqual(n, 0);
        var third = net.connect(port, '127.0.0.1');
        third.once('data', common.mustCall(function (d) {
          assert.strictEqual(String(d), 'welcome');
          third.end();
          server.close();
        }));
      });
    }));
  });
})();
