// Echo server, stream style: the socket piped into itself (with backpressure).
// ES5 only, so netjs and Node run this same file.   PROG echo_pipe.js PORT   (PORT 0: any free port)
var net = require('net');

var port = Number(process.argv[2] || 0);

var server = net.createServer(function (socket) {
  socket.on('error', function () {});
  socket.pipe(socket);
});

server.listen(port, '127.0.0.1');
