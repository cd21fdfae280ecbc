'use strict';
// pauseOnConnect: the server's sockets start paused (no 'data', isPaused() true) until resume();
// pause()/resume() toggled mid-stream on the client side: no 'data' between pause and resume, and
// the stream delivered is complete and ordered.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

(function () {
  var resumed = false;
  var server = net.createServer({ pauseOnConnect: true }, common.mustCall(function (socket) {
    assert.strictEqual(socket.isPaused(), true, 'paused on connect');
    var got = '';
    socket.on('data', function (d) {
      assert.strictEqual(resumed, true, 'data before resume()');
      got += d;
    });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'hello paused server');
      socket.end('ack');
    }));
    socket.on('close', function () { server.close(); });
    // The client's data and FIN are already here; adding a 'data' listener must not resume the
    // socket on its own, since it was paused explicitly.
    client.on('finish', function () {
      setTimeout(function () {
        assert.strictEqual(socket.isPaused(), true);
        resumed = true;
        socket.resume();
      }, 50);
    });
  }));
  assert.strictEqual(server.pauseOnConnect, true);
  var client;
  server.listen(0, '127.0.0.1', function () {
    client = net.connect(server.address().port, '127.0.0.1', function () {
      client.end('hello paused server');
    });
    var reply = '';
    client.on('data', function (d) { reply += d; });
    client.on('end', common.mustCall(function () { assert.strictEqual(reply, 'ack'); }));
  });
})();

// pause/resume mid-stream on the receiving client.
(function () {
  var server = net.createServer(function (socket) {
    var n = 0;
    var timer = setInterval(function () {
      socket.write('m' + n + ';');
      if (++n === 20) {
        clearInterval(timer);
        socket.end();
      }
    }, 5);
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    var isPaused = false;
    var pauses = 0;
    c.setEncoding('latin1');
    c.on('data', function (d) {
      assert.strictEqual(isPaused, false, 'data while paused');
      got += d;
      if (pauses < 3) {
        pauses++;
        c.pause();
        isPaused = true;
        assert.strictEqual(c.isPaused(), true);
        setTimeout(function () {
          isPaused = false;
          c.resume();
          assert.strictEqual(c.isPaused(), false);
        }, 30);
      }
    });
    c.on('end', common.mustCall(function () {
      var expected = '';
      for (var k = 0; k < 20; k++) expected += 'm' + k + ';';
      assert.strictEqual(got, expected);
      assert.strictEqual(pauses, 3);
    }));
  });
})();
