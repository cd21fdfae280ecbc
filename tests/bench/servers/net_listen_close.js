// Start-up cost of the net module: load it, listen on a free loopback port, close, exit.
var net = require('net');

var server = net.createServer();
server.listen(0, '127.0.0.1', function () {
  server.close();
});
