'use strict';
// Edge cases of the write path: empty string / empty Buffer writes return true and call back
// without error; writes queued before connect go out in order once connected; net.Socket()
// works without `new`; a destroyed socket can connect() again and carries a fresh exchange; a
// proxy made of two sockets piped both ways relays data both ways.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(10000);

// Replies 'R<count>' to a chunk ending in '!', and 'E<count>' to the client's FIN.
var server = net.createServer(function (s) {
  var n = 0;
  s.on('data', function (d) {
    n += d.length;
    if (d[d.length - 1] === 0x21) s.write('R' + n);
  });
  s.on('end', function () { s.end('E' + n); });
  s.on('error', function () {});
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var c = net.Socket();
  assert.ok(c instanceof net.Socket, 'net.Socket() without new');
  c.connect(port, '127.0.0.1');
  // Queued before the connection exists.
  c.write('12');
  c.write(Buffer.from('34'));
  c.once('connect', common.mustCall(function () {
    assert.strictEqual(c.write('', common.mustCall(function (err) { assert.ok(!err); })), true);
    assert.strictEqual(c.write(Buffer.alloc(0), common.mustCall(function (err) { assert.ok(!err); })), true);
    c.write('5!', common.mustCall());
  }));
  var got = '';
  c.on('data', function (d) {
    got += d;
    c.destroy();  // a destroyed socket (not an ended one) can connect() again
  });
  c.once('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'R6');
    // Reconnect the same object.
    got = '';
    c.connect(port, '127.0.0.1', common.mustCall(function () {
      assert.strictEqual(c.readyState, 'open');
      assert.strictEqual(c.destroyed, false);
      c.write('xyz!');
    }));
    c.once('close', common.mustCall(function (hadError2) {
      assert.strictEqual(hadError2, false);
      assert.strictEqual(got, 'R4');
      proxyTest(port);
    }));
  }));
}));

// client <-> proxy <-> server, the proxy being two sockets piped into each other.
function proxyTest(port) {
  // allowHalfOpen: the client's FIN is relayed, and the answer still travels back afterwards.
  var proxy = net.createServer({ allowHalfOpen: true }, function (inbound) {
    var outbound = net.connect(port, '127.0.0.1');
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  });
  proxy.listen(0, '127.0.0.1', function () {
    var big = Buffer.alloc(1024 * 1024, 'p');
    var c = net.connect(proxy.address().port, '127.0.0.1', function () { c.end(big); });
    var got = '';
    c.on('data', function (d) { got += d; });
    c.on('end', common.mustCall(function () {
      assert.strictEqual(got, 'E' + big.length);
      proxy.close();
      server.close();
    }));
  });
}
