'use strict';
// 'error' is followed by 'close' with hadError true; destroy() with no error gives close(false);
// nothing at all is emitted after destroy() (no data, end, connect, finish, timeout).
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

// destroy(err): 'error' (that err) then 'close'(true), each once.
(function () {
  var server = net.createServer(function (c) { c.resume(); c.on('error', function () {}); });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var log = [];
    var boom = new Error('boom');
    c.on('connect', function () {
      c.destroy(boom);
      assert.strictEqual(c.destroyed, true);
      c.write('late', function (err) { log.push('writecb:' + (err && err.code)); });
    });
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err, boom);
      log.push('error');
    }));
    c.on('close', common.mustCall(function (hadError) {
      log.push('close:' + hadError);
      server.close();
    }));
    c.on('end', common.mustNotCall('end after destroy'));
    c.on('finish', common.mustNotCall('finish after destroy'));
    process.on('exit', function () {
      // Node reports write-after-destroy through the callback only (no second 'error').
      assert.deepStrictEqual(log, ['error', 'writecb:ERR_STREAM_DESTROYED', 'close:true']);
    });
  });
})();

// Peer reset: the reading side gets 'error' ECONNRESET then 'close'(true).
(function () {
  var server = net.createServer(function (c) {
    c.on('data', function () { c.resetAndDestroy(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1', function () { c.write('x'); });
    var log = [];
    c.on('error', common.mustCall(function (err) {
      assert.strictEqual(err.code, 'ECONNRESET');
      log.push('error');
    }));
    c.on('close', common.mustCall(function (hadError) {
      log.push('close:' + hadError);
      assert.deepStrictEqual(log, ['error', 'close:true']);
      server.close();
    }));
    c.resume();
  });
})();

// No events after destroy() while the peer keeps sending and has sent FIN.
(function () {
  var server = net.createServer(function (c) {
    var chunk = Buffer.alloc(16 * 1024, 'z');
    c.on('error', function () {});
    c.write(chunk);
    c.write(chunk);
    c.end(chunk);
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.setTimeout(10);
    c.on('data', common.mustCall(function () {
      c.destroy();
      assert.strictEqual(c.destroyed, true);
      assert.strictEqual(c.readyState, 'closed');
      ['data', 'end', 'finish', 'timeout', 'error', 'drain', 'connect', 'ready'].forEach(function (ev) {
        c.on(ev, common.mustNotCall(ev + ' after destroy()'));
      });
    }));
    c.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      // Wait past the 10 ms idle timeout to prove it does not fire after destroy.
      setTimeout(function () { server.close(); }, 50);
    }));
  });
})();

// destroy() before the connection completes: no connect, close(false).
(function () {
  var server = net.createServer(common.mustCallAtLeast(function (c) { c.resume(); }, 0));
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', common.mustNotCall('connect after destroy'));
    c.on('ready', common.mustNotCall('ready after destroy'));
    c.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, false);
      server.close();
    }));
    assert.strictEqual(c.connecting, true);
    c.destroy();
    assert.strictEqual(c.connecting, false);
  });
})();
