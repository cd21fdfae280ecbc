// The soak's JS echo server: each socket piped into itself (pipe()'s backpressure both ways), as
// tests/bench/servers/echo_pipe.js, but on a free port that it prints for the driver to read.
var net = require('net');

var server = net.createServer(function (socket) {
  socket.on('error', function () {});
  socket.pipe(socket);
});

server.listen(0, '127.0.0.1', function () {
  console.log('port ' + server.address().port);
});
