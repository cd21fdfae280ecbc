'use strict';
// Writing to a peer that has gone away: the writer keeps writing until the kernel reports it.
// Node gives EPIPE or ECONNRESET depending on timing (RST received before or during the write),
// so either is accepted; syscall is 'write' for EPIPE, 'write' or 'read' for ECONNRESET.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(15000);

var server = net.createServer(common.mustCall(function (s) {
  s.on('error', function () {});
  s.destroy();
  server.close();
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var chunk = Buffer.alloc(16 * 1024, 'x');
  var gotError = null;
  var writeErrors = 0;
  var writes = 0;
  c.on('connect', common.mustCall(function () {
    // The peer closes at once; keep writing until the error shows up.
    function pump() {
      if (c.destroyed) return;
      writes++;
      c.write(chunk, function (err) { if (err) writeErrors++; });
      if (writes > 20000) assert.fail('no error after ' + writes + ' writes');
      setImmediate(pump);
    }
    pump();
  }));
  c.on('end', function () {});  // the peer's FIN may arrive first (allowHalfOpen false: we end too)
  c.on('error', common.mustCall(function (err) {
    gotError = err;
    assert.ok(err.code === 'EPIPE' || err.code === 'ECONNRESET', 'unexpected ' + err.code + ': ' + err.message);
    if (err.code === 'EPIPE' && err.errno !== undefined) {
      assert.strictEqual(err.errno, -32);
      assert.strictEqual(err.syscall, 'write');
      assert.strictEqual(err.message, 'write EPIPE');
    }
    if (err.code === 'ECONNRESET' && err.errno !== undefined) {
      assert.strictEqual(err.errno, -104);
    }
    assert.ok(/EPIPE|ECONNRESET|ended by the other party/.test(err.message), err.message);
  }));
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, true);
    assert.ok(gotError);
    assert.strictEqual(c.destroyed, true);
    // Writes after the error fail with a callback error, never crash or emit more 'error'.
    c.write('more', common.mustCall(function (err) {
      assert.ok(err instanceof Error);
    }));
  }));
}));
