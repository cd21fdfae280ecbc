// Writes TOTAL_MB of fresh 64 KiB buffers into a socket whose peer does not read yet, then lets the
// peer read everything and checks it arrived byte-exact.
//   netjs write_backlog.js TOTAL_MB ignore|honour
// ignore: write() is called for everything at once, its return value ignored (the data then sits in
// the stream's buffer: the process must need about TOTAL_MB, not twice that);
// honour: the writer waits for 'drain' whenever write() returns false (memory stays small).
// Prints "received BYTES of EXPECTED, BAD bad chunks" (each received byte compared with what was sent).
var net = require('net');
var totalMb = Number(process.argv[2]);
var mode = process.argv[3];
var CHUNK = 65536;
var chunks = totalMb * 16;

function fill(i) {
  var b = Buffer.alloc(CHUNK);
  b.fill(i & 0xff);
  b.writeUInt32BE(i, 0);
  return b;
}

var received = 0, bad = 0;
// Compares a received piece with the bytes sent at the same stream position, chunk by chunk.
function check(d) {
  var at = 0;
  while (at < d.length) {
    var index = Math.floor(received / CHUNK), offset = received % CHUNK;
    var n = Math.min(CHUNK - offset, d.length - at);
    if (!d.slice(at, at + n).equals(fill(index).slice(offset, offset + n))) bad++;
    at += n;
    received += n;
  }
}

var server = net.createServer({ pauseOnConnect: true }, function (conn) {
  server.close();
  conn.on('data', check);
  conn.on('end', function () {
    console.log('received ' + received + ' of ' + chunks * CHUNK + ', ' + bad + ' bad chunks');
  });
  // The peer starts reading only once the writer has handed over everything (ignore) or at once
  // (honour: the writer then moves as fast as the reader).
  serverConn = conn;
  if (mode === 'honour' || written) conn.resume();
});
var serverConn = null;
var written = false;

server.listen(0, '127.0.0.1', function () {
  var client = net.connect(server.address().port, '127.0.0.1', function () {
    var i = 0;
    function writeSome() {
      while (i < chunks) {
        var ok = client.write(fill(i++));
        if (!ok && mode === 'honour') return client.once('drain', writeSome);
      }
      client.end();
      written = true;
      if (serverConn) serverConn.resume();  // else the server's connection callback resumes it
    }
    writeSome();
  });
});
