'use strict';
// setEncoding('utf8') delivers strings, and multi-byte characters split across TCP chunks arrive
// intact; setEncoding('hex'/'base64'/'latin1') on the receiving side.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

var text = 'añ€𝄞 — ελληνικά, 日本語 😀!';
var bytes = Buffer.from(text, 'utf8');

function sendInPieces(socket, buf, cuts, done) {
  // Writes buf in pieces cut at the given byte offsets, each after a delay so they arrive
  // as separate reads.
  var start = 0;
  var k = 0;
  socket.setNoDelay(true);
  (function next() {
    if (k === cuts.length) {
      socket.end(buf.slice(start));
      if (done) done();
      return;
    }
    var end = cuts[k++];
    socket.write(buf.slice(start, end));
    start = end;
    setTimeout(next, 15);
  })();
}

// Cut inside every multi-byte character: offsets 2 (inside ñ), 4 (inside €), 7, 9 (inside 𝄞) ...
var cuts = [2, 4, 7, 9, 12, 17, 25, 30, 33, 38];

(function () {
  var server = net.createServer(function (socket) {
    sendInPieces(socket, bytes, cuts);
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    assert.strictEqual(c.setEncoding('utf8'), c);
    var got = '';
    var pieces = 0;
    c.on('data', function (d) {
      assert.strictEqual(typeof d, 'string');
      assert.ok(d.indexOf('\ufffd') === -1, 'replacement character: a split char was broken');
      got += d;
      pieces++;
    });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, text);
      assert.ok(pieces > 3, 'the text came in several chunks (' + pieces + ')');
      assert.strictEqual(c.bytesRead, bytes.length);
    }));
  });
})();

['hex', 'base64', 'latin1'].forEach(function (enc) {
  var server = net.createServer(function (socket) {
    sendInPieces(socket, bytes, [1, 5, 11]);
    socket.on('close', function () { server.close(); });
  });
  server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    c.setEncoding(enc);
    var got = '';
    c.on('data', function (d) {
      assert.strictEqual(typeof d, 'string');
      got += d;
    });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(Buffer.from(got, enc).toString('hex'), bytes.toString('hex'), enc);
    }));
  });
});
