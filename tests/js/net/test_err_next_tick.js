'use strict';
// "Errors found while a call is made are emitted on the next tick": a listener added right after
// the call still receives the error, for every kind of failure a call can detect early.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(15000);

var server = net.createServer().listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  server.close(common.mustCall(function () {
    // 1. Refused connection to an IP literal.
    var sync = true;
    var a = net.connect(port, '127.0.0.1');
    a.on('error', common.mustCall(function (err) {
      assert.strictEqual(sync, false);
      assert.strictEqual(err.code, 'ECONNREFUSED');
    }));

    // 2. Unresolvable name.
    var b = net.connect(port, 'nonexistent.invalid');
    b.on('error', common.mustCall(function (err) {
      assert.strictEqual(sync, false);
      assert.strictEqual(err.code, 'ENOTFOUND');
    }));

    // 3. Address in use: the second listen() reports through 'error', not a throw.
    var holder = net.createServer();
    holder.listen(0, '127.0.0.1', common.mustCall(function () {
      var busy = net.createServer();
      var inner = true;
      busy.listen(holder.address().port, '127.0.0.1');
      busy.on('error', common.mustCall(function (err) {
        assert.strictEqual(inner, false);
        assert.strictEqual(err.code, 'EADDRINUSE');
        holder.close();
      }));
      inner = false;
    }));

    // 4. destroy(err) emits the error on the next tick.
    var c = new net.Socket();
    c.destroy(new Error('boom'));
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(sync, false);
      assert.strictEqual(err.message, 'boom');
    }));
    c.on('close', common.mustCall());

    // 5. Binding to a local address that is not ours fails asynchronously (EADDRNOTAVAIL).
    var d = net.connect({ port: port, host: '127.0.0.1', localAddress: '192.0.2.1' });
    d.on('error', common.mustCall(function (err) {
      assert.strictEqual(sync, false);
      assert.strictEqual(err.code, 'EADDRNOTAVAIL');
      assert.strictEqual(err.syscall, 'bind');
      assert.strictEqual(err.address, '192.0.2.1');
    }));

    sync = false;
  }));
}));
