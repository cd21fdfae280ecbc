// Echo server, IoT.js style: every 'data' chunk is written straight back (no backpressure).
// ES5 only, so netjs and Node run this same file.   PROG echo_data.js PORT   (PORT 0: any free port)
var net = require('net');

var port = Number(process.argv[2] || 0);

var server = net.createServer(function (socket) {
  socket.on('data', function (data) {
    socket.write(data);
  });
  socket.on('end', function () {
    socket.end();
  });
  socket.on('error', function () {});
});

server.listen(port, '127.0.0.1');
