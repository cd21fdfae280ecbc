'use strict';
// write(): returns true under writableHighWaterMark, the callback runs once the data is handed to
// the kernel (after which writableLength no longer counts it), string encodings (hex, base64,
// latin1, utf8 default, ucs2), end(data, encoding, cb); bytesRead/bytesWritten totals on both ends.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var expected = Buffer.concat([
  Buffer.from('plain;'),
  Buffer.from('deadbeef', 'hex'),
  Buffer.from('aGVsbG8gYmFzZTY0', 'base64'),
  Buffer.from([0xe9, 0xff, 0x41]),          // latin1 'éÿA'
  Buffer.from('€uro', 'utf8'),
  Buffer.from('ab', 'ucs2'),
  Buffer.from([1, 2, 3]),
  Buffer.from('fin', 'utf8')
]);

var server = net.createServer(common.mustCall(function (socket) {
  var chunks = [];
  socket.on('data', function (d) {
    assert.ok(Buffer.isBuffer(d), 'Buffer without setEncoding');
    chunks.push(d);
  });
  socket.on('end', common.mustCall(function () {
    var all = Buffer.concat(chunks);
    assert.strictEqual(all.toString('hex'), expected.toString('hex'));
    assert.strictEqual(socket.bytesRead, expected.length);
    socket.end('ok', 'latin1', common.mustCall(function () {
      assert.strictEqual(socket.bytesWritten, 2);
    }));
  }));
  socket.on('close', function () { server.close(); });
}));

server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(c.writableHighWaterMark, 16384);
  var order = [];
  c.on('connect', common.mustCall(function () {
    var returned = false;
    assert.strictEqual(c.write('plain;', common.mustCall(function (err) {
      assert.ok(!err);
      assert.strictEqual(returned, true, 'write callback is never synchronous');
      order.push(1);
    })), true);
    returned = true;
    assert.strictEqual(c.write('deadbeef', 'hex', common.mustCall(function () { order.push(2); })), true);
    assert.strictEqual(c.write('aGVsbG8gYmFzZTY0', 'base64', common.mustCall(function () { order.push(3); })), true);
    assert.strictEqual(c.write('\u00e9\u00ffA', 'latin1', common.mustCall(function () { order.push(4); })), true);
    c.write('€uro');
    c.write('ab', 'ucs2');
    c.write(new Uint8Array([1, 2, 3]));
    c.end('fin', 'utf8', common.mustCall(function () {
      order.push('end');
      assert.strictEqual(c.writableLength, 0);
      assert.strictEqual(c.bytesWritten, expected.length);
    }));
    assert.strictEqual(c.bytesWritten, expected.length, 'bytesWritten right after the writes');
  }));
  var reply = '';
  c.on('data', function (d) { reply += d; });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(reply, 'ok');
    assert.strictEqual(c.bytesRead, 2);
    assert.deepStrictEqual(order, [1, 2, 3, 4, 'end']);
  }));
  c.on('close', common.mustCall(function () {
    // Totals stay readable after close.
    assert.strictEqual(c.bytesWritten, expected.length);
    assert.strictEqual(c.bytesRead, 2);
  }));
});
