'use strict';
// A flowing socket with only 'data' listeners gets each read straight from the handle, and a Buffer
// write goes straight to the handle (netjs's fast paths). Whatever the script does next must behave as
// with the general stream machinery: pipe() mid-stream, pause() inside 'data', listeners added while
// data flows, a 'readable' listener, setEncoding() between chunks, writes with callbacks and typed
// arrays. The client sends one chunk at a time, each after the server acknowledged the last, so the
// server sees them as separate reads.
var assert = require('assert');
var common = require('../common');
var net = require('net');
var stream = require('stream');
common.deadline(15000);

// Runs `onServer(socket, ack)` for the server's socket; the client sends `chunks` one by one, each
// after the server called ack() (chunk i and then the FIN after ackAt[i] acks, default i), then
// ends. done(received) gets what the server wrote back.
function exchange(chunks, onServer, done, ackAt) {
  var server = net.createServer(function (socket) {
    onServer(socket, function ack() { socket.write('k'); });
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var next = 0;  // chunks sent; the FIN follows the last one's ack
    var back = '';
    function send() {
      if (next < chunks.length) c.write(chunks[next]);
      else c.end();
      next++;
    }
    c.on('connect', send);
    c.on('data', function (d) {
      back += d.toString('latin1');
      var acks = back.replace(/[^k]/g, '').length;
      while (next <= chunks.length && acks >= (ackAt ? ackAt[next] : next)) send();
    });
    c.on('end', common.mustCall(function () { if (done) done(back); }));
  });
}

// pipe() added after 'data' delivered the first chunk: both consumers see the rest, in order.
(function () {
  exchange([Buffer.from('one'), Buffer.from('two'), Buffer.from('three')], function (socket, ack) {
    var seen = [];
    var piped = [];
    var sink = new stream.Writable({
      write: function (chunk, enc, cb) { piped.push(chunk.toString()); cb(); }
    });
    socket.on('data', function (d) {
      seen.push(d.toString());
      if (seen.length === 1) socket.pipe(sink);
      ack();
    });
    sink.on('finish', common.mustCall(function () {
      assert.deepStrictEqual(seen, ['one', 'two', 'three']);
      assert.deepStrictEqual(piped, ['two', 'three']);
    }));
  });
})();

// pause() inside 'data': nothing more until resume(), nothing lost, 'end' after the last 'data'.
(function () {
  exchange([Buffer.from('a'), Buffer.from('b'), Buffer.from('c')], function (socket, ack) {
    var got = '';
    var paused = false;
    socket.on('data', function (d) {
      assert.strictEqual(paused, false, "'data' while paused");
      got += d;
      if (got === 'ab') {
        socket.pause();
        paused = true;
        assert.strictEqual(socket.isPaused(), true);
        ack();  // the client sends 'c' and its FIN while we are paused
        setTimeout(function () {
          paused = false;
          socket.resume();
        }, 20);
        return;
      }
      ack();
    });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'abc');
      socket.end();
    }));
  });
})();

// A second 'data' listener added while data flows gets the following chunks; removing one keeps
// the other.
(function () {
  exchange([Buffer.from('1'), Buffer.from('2'), Buffer.from('3')], function (socket, ack) {
    var first = '';
    var second = '';
    function onSecond(d) { second += d; }
    socket.on('data', function (d) {
      first += d;
      if (first === '1') socket.on('data', onSecond);
      if (first === '12') socket.removeListener('data', onSecond);
      ack();
    });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(first, '123');
      assert.strictEqual(second, '2');
      socket.end();
    }));
  });
})();

// A 'readable' listener added mid-stream: the rest comes through read(), in order.
(function () {
  exchange([Buffer.from('x1'), Buffer.from('x2'), Buffer.from('x3')], function (socket, ack) {
    var viaData = '';
    var viaRead = '';
    socket.on('data', function (d) {
      viaData += d;
      if (viaData === 'x1') {
        socket.on('readable', function () {
          var c;
          while ((c = socket.read()) !== null) {
            viaRead += c;
            ack();
          }
        });
      }
      if (viaData === 'x1') ack();
    });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(viaData, 'x1x2x3');  // read() emits 'data' too
      assert.strictEqual(viaRead, 'x2x3');
      socket.end();
    }));
  });
})();

// setEncoding() between two reads: a character split across reads is decoded whole.
(function () {
  var e = Buffer.from('\u00e9', 'utf8');  // two bytes
  exchange([Buffer.from('ab'), e.slice(0, 1), e.slice(1)], function (socket, ack) {
    var parts = [];
    socket.on('data', function (d) {
      parts.push(typeof d === 'string' ? 'S:' + d : 'B:' + d.toString('hex'));
      if (parts.length === 1) socket.setEncoding('utf8');
      ack();
    });
    socket.on('end', common.mustCall(function () {
      // the lone first byte of the character gives no string yet (Node emits nothing for it)
      assert.deepStrictEqual(parts, ['B:6162', 'S:\u00e9']);
      socket.end();
    }));
  }, common.mustCall(function (back) { assert.strictEqual(back, 'kk'); }), [0, 1, 1, 2]);
})();

// Writes: a Buffer with a callback (called once, asynchronously, in order), a Uint8Array and a
// Buffer with an encoding (both reach the peer), write() returning true below the high-water mark.
(function () {
  var server = net.createServer(common.mustCall(function (socket) {
    var order = [];
    var sync = true;
    assert.strictEqual(socket.write(Buffer.from('A'), common.mustCall(function (err) {
      assert.ok(!err);
      assert.strictEqual(sync, false, 'write callback called synchronously');
      order.push('A');
    })), true);
    socket.write(new Uint8Array([66]), common.mustCall(function () { order.push('B'); }));
    socket.write(Buffer.from('C'), 'latin1', common.mustCall(function () { order.push('C'); }));
    sync = false;
    socket.end(common.mustCall(function () {
      assert.deepStrictEqual(order, ['A', 'B', 'C']);
    }));
    socket.on('close', function () { server.close(); });
  }));
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () { assert.strictEqual(got, 'ABC'); }));
  });
})();

// A Buffer written after end(): its callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
(function () {
  var server = net.createServer(common.mustCall(function (socket) {
    socket.end();
    socket.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    assert.strictEqual(socket.write(Buffer.from('D'), common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    })), false);
    socket.on('close', function () { server.close(); });
  }));
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
    c.on('error', function () {});
  });
})();
