'use strict';
// socket.setTimeout() on a Unix domain socket: 'timeout' once per idle period, not while data flows,
// again after new activity; the socket stays open until the script ends it.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var path = (process.env.TMPDIR || '/tmp') + '/netjs-unix-timeout-' + process.pid + '.sock';

var server = net.createServer(function (conn) {
  conn.on('data', function (d) { conn.write(d); });
  conn.on('end', function () { conn.end(); });
});

server.listen(path, common.mustCall(function () {
  var client = net.connect(path);
  var timeouts = 0;
  var start = Date.now();
  client.setTimeout(100);
  assert.strictEqual(client.timeout, 100);
  client.on('timeout', function () {
    timeouts++;
    assert.ok(Date.now() - start >= 90, 'timeout too early');
    assert.strictEqual(client.destroyed, false);
    if (timeouts === 1) {
      // Activity starts a new idle period.
      start = Date.now();
      client.write('ping');
    } else {
      client.setTimeout(0);
      client.end();
    }
  });
  client.on('data', function (d) { assert.strictEqual(String(d), 'ping'); });
  client.on('close', common.mustCall(function () {
    assert.strictEqual(timeouts, 2);
    server.close();
  }));
}));
