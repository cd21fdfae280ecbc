// An echo server: every byte a client sends comes back. Usage: netjs scripts/echo-server.js [PORT]
var net = require('net');

var port = process.argv[2] !== undefined ? Number(process.argv[2]) : 22702;

var server = net.createServer(function (socket) {
  var peer = socket.remoteAddress + ':' + socket.remotePort;
  console.log('connection from ' + peer);
  socket.pipe(socket);
  socket.on('error', function (err) { console.error(peer + ': ' + err.message); });
  socket.on('close', function () { console.log('closed ' + peer); });
});

server.on('error', function (err) {
  console.error('echo-server: ' + err.message);
  process.exit(1);
});

server.listen(port, function () {
  var a = server.address();
  console.log('echo server listening on ' + (a.family === 'IPv6' ? '[' + a.address + ']' : a.address) + ':' + a.port);
});

process.on('SIGINT', function () { server.close(); process.exit(0); });
