'use strict';
// process.exit() while connections are still arriving at a listening server (accepted by the kernel,
// not yet by the script): the process exits with the requested code, no crash. (netjs used to
// segfault here: a connection accepted during shutdown had no owner when its handle closed.)
var net = require('net');
var srv = net.createServer(function () {});
srv.listen(0, '127.0.0.1', function () {
  for (var i = 0; i < 200; i++) {
    net.connect(srv.address().port, '127.0.0.1').on('error', function () {});
  }
  setTimeout(function () { process.exit(0); }, 1);
});
