'use strict';
// For test_keepalive.sh: a local server and three clients that stay connected until the process is
// stopped. Prints the local port of each client:
//   KA_BEFORE <port>  setKeepAlive(true, 5000) called before connecting (applied on connect)
//   KA_AFTER <port>   setKeepAlive(true, 5000) called once connected
//   CONTROL <port>    no setKeepAlive
//   READY             all three connected
var net = require('net');
var server = net.createServer(function (s) { s.resume(); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var pending = 3;
  function ready() { if (--pending === 0) console.log('READY'); }

  var before = new net.Socket();
  before.setKeepAlive(true, 5000);
  before.connect(port, '127.0.0.1', function () {
    console.log('KA_BEFORE ' + before.localPort);
    ready();
  });

  var after = net.connect(port, '127.0.0.1', function () {
    after.setKeepAlive(true, 5000);
    console.log('KA_AFTER ' + after.localPort);
    ready();
  });

  var control = net.connect(port, '127.0.0.1', function () {
    console.log('CONTROL ' + control.localPort);
    ready();
  });
});
