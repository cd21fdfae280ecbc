'use strict';
// Half-open connections. allowHalfOpen false (default): after the peer's FIN the socket ends its
// side by itself (the peer sees 'end'). allowHalfOpen true: after 'end' the socket stays writable,
// data written then reaches the peer, and the connection closes only after an explicit end().
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

// Default: the server auto-ends after the client's FIN; the client is allowHalfOpen so it can see
// the server's FIN arrive without having ended its own reading side.
(function () {
  var server = net.createServer(common.mustCall(function (socket) {
    assert.strictEqual(socket.allowHalfOpen, false);
    socket.resume();
    socket.on('end', common.mustCall(function () {
      // Node ends the writable side right after 'end' (in the same tick or the next).
      setImmediate(function () {
        assert.strictEqual(socket.writable, false, 'auto-ended after peer FIN');
      });
    }));
    socket.on('close', function () { server.close(); });
  }));
  server.listen(0, '127.0.0.1', function () {
    var c = new net.Socket({ allowHalfOpen: true });
    assert.strictEqual(c.allowHalfOpen, true);
    c.connect(server.address().port, '127.0.0.1', function () { c.end(); });
    c.resume();
    c.on('end', common.mustCall(function () {
      // our side ended first, the server answered our FIN with its own without being asked to
      assert.strictEqual(c.writable, false);
    }));
    c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  });
})();

// Server allowHalfOpen true: gets 'end', is still writable, writes a reply, then end().
(function () {
  var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (socket) {
    assert.strictEqual(socket.allowHalfOpen, true);
    var msg = '';
    socket.setEncoding('utf8');
    socket.on('data', function (d) { msg += d; });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(socket.writable, true, 'still writable after end');
      assert.strictEqual(socket.readable, false);
      assert.strictEqual(socket.readyState, 'writeOnly');
      // Reply after a delay: nothing closes the socket meanwhile.
      setTimeout(function () {
        assert.strictEqual(socket.destroyed, false);
        socket.write('reply to ' + msg + ';', common.mustCall(function (err) {
          assert.ok(!err);
        }));
        socket.end('done');
      }, 50);
    }));
    socket.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      server.close();
    }));
  }));
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () {
      c.end('question');
      assert.strictEqual(c.readyState, 'readOnly');
    });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'reply to question;done');
    }));
    c.on('close', common.mustCall());
  });
})();

// Client new net.Socket({allowHalfOpen: true}): keeps writing after the server's FIN.
(function () {
  var server = net.createServer({ allowHalfOpen: true }, common.mustCall(function (socket) {
    var got = '';
    socket.on('data', function (d) { got += d; });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'after-fin-1after-fin-2');
      socket.destroy();
      server.close();
    }));
    socket.end('server done');
  }));
  server.listen(0, '127.0.0.1', function () {
    var c = new net.Socket({ allowHalfOpen: true });
    c.connect({ port: server.address().port, host: '127.0.0.1' });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'server done');
      assert.strictEqual(c.writable, true);
      c.write('after-fin-1');
      setTimeout(function () {
        c.end('after-fin-2');
      }, 30);
    }));
    c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  });
})();

// Default client, after the server's FIN: in the 'end' listener the socket has not ended its side
// yet, so a write still goes out (Node's writeAfterFIN passes it through while !writableEnded);
// once it has auto-ended ('finish'), write() fails with EPIPE "ended by the other party" and destroys.
(function () {
  var server = net.createServer({ allowHalfOpen: true }, function (socket) {
    var got = '';
    socket.on('data', function (d) { got += d; });
    socket.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'in end listener');
      socket.end();
    }));
    socket.on('close', function () { server.close(); });
    socket.end();
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.on('end', common.mustCall(function () {
      c.write('in end listener', common.mustCall(function (err) { assert.ok(!err); }));
      c.once('finish', function () {
        assert.strictEqual(c.writableEnded, true);
        assert.strictEqual(c.destroyed, false);
        var ret = c.write('too late', common.mustCall(function (err) {
          assert.ok(err instanceof Error);
          assert.strictEqual(err.code, 'EPIPE');
          assert.strictEqual(err.message, 'This socket has been ended by the other party');
        }));
        assert.strictEqual(ret, false);
      });
    }));
    c.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'EPIPE'); }));
    c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, true); }));
    c.resume();
  });
})();
