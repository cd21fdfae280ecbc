'use strict';
// Socket methods called in every state, twice: before connect, while connecting, connected, after
// end/destroy, after 'close'. No throw (where Node does not throw), no crash, the results Node v20
// gives, and exactly one 'close' per socket.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(15000);

function closeOnce(s, name) {
  var closes = 0;
  s.on('close', function () {
    closes++;
    assert.strictEqual(closes, 1, name + ': close emitted ' + closes + ' times');
  });
}

function allSetters(s, name) {
  assert.strictEqual(s.pause(), s, name + ' pause');
  assert.strictEqual(s.resume(), s, name + ' resume');
  assert.strictEqual(s.setTimeout(1000), s, name + ' setTimeout');
  assert.strictEqual(s.setTimeout(0), s, name + ' setTimeout(0)');
  assert.strictEqual(s.setNoDelay(true), s, name + ' setNoDelay');
  assert.strictEqual(s.setNoDelay(false), s, name + ' setNoDelay(false)');
  assert.strictEqual(s.setKeepAlive(true, 100), s, name + ' setKeepAlive');
  assert.strictEqual(s.setKeepAlive(false), s, name + ' setKeepAlive(false)');
  assert.strictEqual(s.unref(), s, name + ' unref');
  assert.strictEqual(s.ref(), s, name + ' ref');
  assert.strictEqual(typeof s.address(), 'object', name + ' address');
}

// 1. A socket that never connects: setters, then destroy twice, end after destroy.
var a = new net.Socket();
closeOnce(a, 'a');
assert.strictEqual(a.timeout, undefined);
assert.strictEqual(a.pending, true);
assert.strictEqual(a.connecting, false);
assert.strictEqual(a.destroyed, false);
assert.deepStrictEqual(a.address(), {});
assert.strictEqual(a.remoteAddress, undefined);
assert.strictEqual(a.localPort, undefined);
allSetters(a, 'fresh');
assert.strictEqual(a.timeout, 0);
assert.strictEqual(a.destroy(), a);
assert.strictEqual(a.destroy(), a);
assert.strictEqual(a.end(), a);
assert.strictEqual(a.destroyed, true);
assert.strictEqual(a.readyState, 'closed');
a.on('error', common.mustNotCall('error from a plain destroy'));
a.on('close', common.mustCall(function () {
  allSetters(a, 'fresh-closed');
}));

// 2. end() twice then destroy before connect: no error.
var b = new net.Socket();
closeOnce(b, 'b');
assert.strictEqual(b.end(), b);
assert.strictEqual(b.end(), b);
assert.strictEqual(b.destroy(), b);
b.on('error', common.mustNotCall('error from end/destroy of an unconnected socket'));
b.on('close', common.mustCall());

var server = net.createServer(function (s) {
  s.on('error', function () {});
  s.resume();
  s.on('end', function () { s.end(); });
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var remaining = 5;
  function done() { if (--remaining === 0) server.close(); }

  // 3. Setters while connecting are applied once connected; then end twice, destroy twice.
  var c = net.connect(port, '127.0.0.1');
  closeOnce(c, 'c');
  allSetters(c, 'connecting');
  c.setTimeout(5000);
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(c.timeout, 5000);
    allSetters(c, 'connected');
    assert.strictEqual(c.address().port, c.localPort);
    assert.strictEqual(c.address().address, '127.0.0.1');
    assert.strictEqual(c.end(), c);
    assert.strictEqual(c.end(), c);
    assert.strictEqual(c.destroy(), c);
    assert.strictEqual(c.destroy(), c);
    assert.strictEqual(c.destroyed, true);
    // Writes after destroy: callback error, no 'error' event.
    c.write('x', common.mustCall(function (err) {
      assert.ok(err instanceof Error);
    }));
  }));
  c.on('error', common.mustNotCall('c error'));
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    allSetters(c, 'closed');
    assert.strictEqual(c.end(), c);
    assert.strictEqual(c.destroy(), c);
    done();
  }));
  c.resume();

  // 4. destroy then end on a connecting socket: no connect, no error, one close.
  var d = net.connect(port, '127.0.0.1');
  closeOnce(d, 'd');
  d.on('connect', common.mustNotCall('connect after destroy'));
  d.on('error', common.mustNotCall('d error'));
  assert.strictEqual(d.destroy(), d);
  assert.strictEqual(d.end(), d);
  assert.strictEqual(d.connecting, false);
  d.on('close', common.mustCall(done));

  // 5. pause() before connect: connected, the peer writes at once, but no 'data' until resume().
  var talker = net.createServer(function (s) { s.end('echo?'); talker.close(); });
  talker.listen(0, '127.0.0.1', common.mustCall(function () {
    var e = new net.Socket();
    closeOnce(e, 'e');
    var resumed = false;
    e.pause();
    e.on('data', common.mustCall(function (chunk) {
      assert.strictEqual(resumed, true);
      assert.strictEqual(chunk.toString(), 'echo?');
    }));
    e.connect(talker.address().port, '127.0.0.1', common.mustCall(function () {
      setTimeout(function () {
        resumed = true;
        e.resume();
      }, 50);
    }));
    e.on('end', common.mustCall());
    e.on('error', common.mustNotCall('e error'));
    e.on('close', common.mustCall(done));
  }));

  // 6. connect() again on a connected socket. Node documents this as undefined behaviour: v20 runs
  // the connect again on the same handle, re-emits 'connect' once, and fails with EISCONN on a third
  // try. netjs answers the first misuse with EISCONN (destroying the socket, no throw).
  var f = net.connect(port, '127.0.0.1', common.mustCall(function () {
    assert.strictEqual(f.connect(port, '127.0.0.1'), f);
    if (process.release.name === 'node') f.destroy();
  }));
  if (process.release.name !== 'node') {
    f.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'EISCONN');
      assert.strictEqual(err.errno, -106);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.ok(/^connect EISCONN 127\.0\.0\.1:\d+ - Local \(127\.0\.0\.1:\d+\)$/.test(err.message), err.message);
    }));
  }
  f.on('close', common.mustCall(function () {
    done();
  }));

  // connect() twice while connecting to an IP: EALREADY, one 'close'.
  var g = net.connect(port, '127.0.0.1');
  closeOnce(g, 'g');
  g.connect(port, '127.0.0.1');
  g.on('connect', common.mustNotCall('g connect'));
  g.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EALREADY');
    assert.strictEqual(err.errno, -114);
    assert.ok(/^connect EALREADY 127\.0\.0\.1:\d+ - Local \(127\.0\.0\.1:\d+\)$/.test(err.message), err.message);
  }));
  g.on('close', common.mustCall(done));
}));
