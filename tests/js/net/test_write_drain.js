'use strict';
// write() returns false once writableLength reaches writableHighWaterMark and 'drain' follows
// when the backlog is written out: the seed's drain loop with chunks big enough that write()
// really returns false, to a slow-starting reader. Also a custom writableHighWaterMark.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(15000);

(function () {
  var CHUNK = 32 * 1024;
  var limit = 400;  // 12.5 MiB
  var falses = 0;
  var drains = 0;
  var server = net.createServer(common.mustCall(function (socket) {
    var i = 0;
    var writing = function () {
      var ok;
      do {
        ok = socket.write(Buffer.alloc(CHUNK, 48 + (i % 10)));
        if (!ok) {
          falses++;
          assert.ok(socket.writableLength >= socket.writableHighWaterMark);
          assert.strictEqual(socket.writableNeedDrain, true);
        }
        if (++i == limit) {
          socket.end();
          ok = false;
        }
      } while (ok);
    };
    socket.on('drain', function () {
      drains++;
      assert.strictEqual(socket.writableLength, 0, 'drain means the buffer is empty');
      writing();
    });
    writing();
  }));
  server.listen(0, function () {
    var c = net.connect(server.address().port);
    var total = 0;
    var bad = 0;
    c.on('data', function (d) {
      // Every byte of chunk k is '0' + k % 10.
      for (var j = 0; j < d.length; j += 997) {
        var k = Math.floor((total + j) / CHUNK);
        if (d[j] !== 48 + (k % 10)) bad++;
      }
      total += d.length;
    });
    c.pause();
    setTimeout(function () { c.resume(); }, 100);  // a slow start so the server backs up
    c.on('end', common.mustCall(function () {
      assert.strictEqual(total, CHUNK * limit);
      assert.strictEqual(bad, 0);
      assert.ok(falses > 0, 'write() never returned false');
      assert.ok(drains > 0, "'drain' never fired");
      server.close();
    }));
  });
})();

// Custom writableHighWaterMark on a client socket.
(function () {
  var server = net.createServer(function (s) { s.resume(); s.on('end', function () { s.end(); }); });
  server.listen(0, '127.0.0.1', function () {
    var c = new net.Socket({ writableHighWaterMark: 4 });
    assert.strictEqual(c.writableHighWaterMark, 4);
    c.connect(server.address().port, '127.0.0.1');
    // Before connect everything is held, so the count is exact: 3 < 4, then 3 + 3 >= 4.
    assert.strictEqual(c.write('abc'), true);
    assert.strictEqual(c.write('def'), false);
    c.on('drain', common.mustCall(function () {
      assert.strictEqual(c.writableLength, 0);
      c.end();
    }));
    c.on('close', common.mustCall(function () { server.close(); }));
  });
})();
