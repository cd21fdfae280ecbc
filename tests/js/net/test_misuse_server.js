'use strict';
// Server methods in every state, twice: close() before listen, close() twice, listen() twice
// (ERR_SERVER_ALREADY_LISTEN), address() before/after, ref/unref anywhere, listen again after
// 'close', getConnections() at any time. Behaviour as Node v20.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

// 1. Never listened: address() is null, close() works and reports ERR_SERVER_NOT_RUNNING to its
//    callback; each close() emits 'close' once more, as Node.
var idle = net.createServer();
assert.strictEqual(idle.address(), null);
assert.strictEqual(idle.listening, false);
assert.strictEqual(idle.ref(), idle);
assert.strictEqual(idle.unref(), idle);
assert.strictEqual(idle.ref(), idle);
idle.on('error', common.mustNotCall('error from closing an idle server'));
idle.on('close', common.mustCall(2));
assert.strictEqual(idle.close(), idle);
idle.close(common.mustCall(function (err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));
assert.strictEqual(idle.getConnections(common.mustCall(function (err, n) {
  assert.strictEqual(err, null);
  assert.strictEqual(n, 0);
})), idle);

// 2. Listening: listen() again throws synchronously; close() twice: first callback ok, second gets
//    ERR_SERVER_NOT_RUNNING; address() null afterwards; listen again after 'close' works.
var srv = net.createServer();
srv.on('error', common.mustNotCall('srv error'));
srv.listen(0, '127.0.0.1', common.mustCall(function () {
  assert.strictEqual(srv.listening, true);
  var first = srv.address();
  assert.strictEqual(first.address, '127.0.0.1');
  assert.strictEqual(first.family, 'IPv4');
  assert.ok(first.port > 0);
  assert.throws(function () { srv.listen(0); }, function (err) {
    assert.strictEqual(err.code, 'ERR_SERVER_ALREADY_LISTEN');
    assert.strictEqual(err.message, 'Listen method has been called more than once without closing.');
    return true;
  });
  assert.strictEqual(srv.listening, true);  // the failed second listen changed nothing
  assert.deepStrictEqual(srv.address(), first);

  srv.close(common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  srv.close(common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING'); }));
  assert.strictEqual(srv.address(), null);
  assert.strictEqual(srv.listening, false);
  srv.unref();
  srv.ref();

  srv.once('close', common.mustCall(function () {
    // The port is free again: a client is refused.
    var c = net.connect(first.port, '127.0.0.1');
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      relisten();
    }));
  }));
}));

function relisten() {
  // A closed server can listen again, and serve.
  srv.listen(0, '127.0.0.1', common.mustCall(function () {
    var port = srv.address().port;
    srv.once('connection', common.mustCall(function (s) {
      srv.getConnections(common.mustCall(function (err, n) {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 1);
        // close() with a live connection: no 'close' until the connection is gone.
        var closed = false;
        srv.close(common.mustCall(function () {
          closed = true;
        }));
        assert.strictEqual(srv.listening, false);
        setTimeout(function () {
          assert.strictEqual(closed, false);
          s.end();
        }, 30);
        s.on('close', common.mustCall(function () {
          setImmediate(function () {
            setImmediate(function () { assert.strictEqual(closed, true); });
          });
        }));
      }));
      s.resume();
    }));
    var c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('end', common.mustCall());
    c.on('close', common.mustCall());
  }));
}

// 3. unref() before listen: the server does not keep the process alive; no 'listening' needed.
var weak = net.createServer();
weak.unref();
weak.listen(0, '127.0.0.1');
weak.on('listening', common.mustCall(function () {
  assert.strictEqual(typeof weak.address().port, 'number');
}));
