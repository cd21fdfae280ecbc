// require('test') used as intended: passes.
var t = require('test');
var net = require('net');
var assert = require('assert');
t.deadline(5000);
var server = net.createServer(t.mustCall(function (socket) {
  socket.end('hi');
  server.close();
}));
t.listen(server, t.mustCall(function (port) {
  assert.ok(port > 0);
  var c = net.connect(port, '127.0.0.1');
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', t.mustCall(function () { assert.strictEqual(got, 'hi'); }));
  c.on('error', t.mustNotCall('client error'));
}));
var tick = t.mustCallAtLeast(function () {}, 2);
tick(); tick(); tick();
