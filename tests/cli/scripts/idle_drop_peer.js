'use strict';
// For test_hold.sh: an echo server that forgets a connection after it has been idle for longer than
// IDLE_MS, as a NAT or firewall does. Usage: netjs idle_drop_peer.js MODE IDLE_MS
//   silence   data that arrives after a longer idle time is swallowed, and so is everything after it
//             (a mapping that is gone: the connection stays open, nothing comes back)
//   rst       data that arrives after a longer idle time gets an RST (resetAndDestroy)
//   fin       data that arrives after a longer idle time gets a FIN instead of its echo
//   fin-idle  the connection is ended (FIN) as soon as it has been idle that long
//   rst-idle  the connection is reset (RST) as soon as it has been idle that long
// Prints "LISTENING <port>" once it listens on 127.0.0.1; what it does goes to stderr.
var net = require('net');

var mode = process.argv[2];
var idleMs = Number(process.argv[3]);
if (['silence', 'rst', 'fin', 'fin-idle', 'rst-idle'].indexOf(mode) < 0 || !(idleMs > 0)) {
  console.error('usage: idle_drop_peer.js silence|rst|fin|fin-idle|rst-idle IDLE_MS');
  process.exit(2);
}

var server = net.createServer(function (socket) {
  var last = Date.now();
  var forgotten = false;
  socket.on('error', function (err) { console.error('peer: ' + err.message); });
  if (mode === 'fin-idle' || mode === 'rst-idle') {
    socket.setTimeout(idleMs, function () {
      console.error('peer: idle for ' + idleMs + ' ms: ' + (mode === 'fin-idle' ? 'FIN' : 'RST'));
      if (mode === 'fin-idle') socket.end();
      else socket.resetAndDestroy();
    });
  }
  socket.on('data', function (data) {
    var idle = Date.now() - last;
    if (forgotten) return;
    if (idle > idleMs && (mode === 'silence' || mode === 'rst' || mode === 'fin')) {
      console.error('peer: data after ' + idle + ' ms idle: ' + mode);
      if (mode === 'silence') forgotten = true;
      else if (mode === 'rst') socket.resetAndDestroy();
      else socket.end();
      return;
    }
    socket.write(data);
    last = Date.now();
  });
});
server.listen(0, '127.0.0.1', function () {
  console.log('LISTENING ' + server.address().port);
});
