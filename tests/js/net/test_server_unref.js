'use strict';
// ref()/unref(): an unref'd listening server does not keep the process alive (this test passes by
// exiting 0 on its own, the deadline is unref'd too); unref() before listen() applies once it
// listens; ref() after unref() keeps it alive again; an unref'd connected client too.
var assert = require('assert');
var common = require('../common');
var net = require('net');
common.deadline(5000);

var listened = 0;

// unref after listen
var a = net.createServer();
a.listen(0, '127.0.0.1', common.mustCall(function () { listened++; }));
assert.strictEqual(a.unref(), a, 'unref() returns the server');

// unref before listen
var b = net.createServer();
b.unref();
b.listen(0, '127.0.0.1', common.mustCall(function () {
  listened++;
  // A client connected to b, both ends unref'd: nothing here holds the loop.
  var c = net.connect(b.address().port, '127.0.0.1', common.mustCall(function () {
    c.unref();
  }));
  b.on('connection', function (s) { s.unref(); });
}));

// ref() after unref(): this one is held, then closed once the others are up.
var d = net.createServer();
d.unref();
assert.strictEqual(d.ref(), d, 'ref() returns the server');
d.listen(0, '127.0.0.1', common.mustCall(function () {
  listened++;
  setTimeout(function () { d.close(); }, 50);
}));

process.on('exit', function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(listened, 3);
  assert.strictEqual(a.listening, true, 'exited while a was still listening');
  assert.strictEqual(b.listening, true);
});
