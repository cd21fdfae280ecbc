// netjs-test: timeout=1
// Never ends: a listening server, a connected socket pair and an interval keep the loop alive. The
// runner must report it as a timeout and name those handles.
var net = require('net');
var server = net.createServer(function () {});
server.listen(0, '127.0.0.1', function () {
  net.connect(server.address().port, '127.0.0.1');
});
setInterval(function () {}, 10);
setTimeout(function () {}, 60000).unref();  // unref'd: must not be listed
