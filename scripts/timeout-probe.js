// Tries to connect within a time limit and says what happened: open, refused, timeout, DNS failure.
// Usage: netjs scripts/timeout-probe.js HOST PORT [TIMEOUT_MS]
var net = require('net');

var host = process.argv[2];
var port = Number(process.argv[3]);
var timeout = Number(process.argv[4] || 2000);
if (!host || !(port >= 0 && port < 65536)) {
  console.error('usage: netjs timeout-probe.js HOST PORT [TIMEOUT_MS]');
  process.exit(2);
}

var started = Date.now();
var socket = net.createConnection(port, host);
socket.setTimeout(timeout);
socket.on('lookup', function (err, address, family) {
  if (!err) console.log('resolved ' + host + ' to ' + address + ' (IPv' + family + ')');
});
socket.on('connect', function () {
  console.log('open: ' + socket.remoteAddress + ':' + socket.remotePort + ' in ' + (Date.now() - started) + ' ms');
  socket.destroy();
});
socket.on('timeout', function () {
  console.log('timeout: no answer within ' + timeout + ' ms');
  process.exitCode = 4;
  socket.destroy();
});
socket.on('error', function (err) {
  console.log((err.code === 'ECONNREFUSED' ? 'refused' : err.code === 'ENOTFOUND' ? 'DNS failure' : 'error') +
              ': ' + err.message);
  process.exitCode = err.code === 'ECONNREFUSED' ? 3 : err.code === 'ENOTFOUND' ? 5 : 6;
});
