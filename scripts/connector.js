// Connects, sends a message, prints the reply, and half-closes — the seed's client example.
// Usage: netjs scripts/connector.js [PORT] [HOST] [MESSAGE]
var net = require('net');

var port = Number(process.argv[2] || 22702);
var host = process.argv[3] || 'localhost';
var message = process.argv[4] || 'Hello IoT.js';

var reply = '';
var socket = net.connect(port, host, function () {
  console.error('connected to ' + socket.remoteAddress + ':' + socket.remotePort);
  socket.end(message);
});
socket.setEncoding('utf8');
socket.on('data', function (data) { reply += data; });
socket.on('end', function () { console.log(reply); });
socket.on('error', function (err) {
  console.error('connector: ' + err.message);
  process.exitCode = 1;
});
