'use strict';
// Unix domain socket failures as Node v20 reports them: EADDRINUSE for a path a live server holds
// (the holder keeps working), listen({path, backlog}), a second server on the path once the first
// has closed, and the argument errors of net.Socket({fd}) and listen({fd}).
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var path = (process.env.TMPDIR || '/tmp') + '/netjs-unix-errors-' + process.pid + '.sock';

var first = net.createServer(function (c) { c.end('first'); });
first.listen({ path: path, backlog: 8 }, common.mustCall(function () {
  var second = net.createServer();
  second.on('listening', common.mustNotCall('second listen succeeded'));
  second.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, path);
    assert.strictEqual(err.port, -1);
    assert.strictEqual(err.message, 'listen EADDRINUSE: address already in use ' + path);
    assert.strictEqual(second.listening, false);
    // The holder still answers.
    var got = '';
    net.connect(path).on('data', function (d) { got += d; }).on('end', common.mustCall(function () {
      assert.strictEqual(got, 'first');
      first.close(common.mustCall(function () {
        var third = net.createServer();
        third.listen(path, common.mustCall(function () {
          assert.strictEqual(third.address(), path);
          third.close();
        }));
      }));
    }));
  }));
  second.listen(path);
}));

function throwsLike(fn, type, code, message) {
  assert.throws(fn, function (e) {
    return e instanceof type && e.code === code && (!message || e.message === message);
  });
}
throwsLike(function () { return new net.Socket({ fd: -1 }); }, RangeError, 'ERR_OUT_OF_RANGE',
           'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
throwsLike(function () { return new net.Socket({ fd: 1.5 }); }, RangeError, 'ERR_OUT_OF_RANGE',
           'The value of "fd" is out of range. It must be an integer. Received 1.5');
throwsLike(function () { return new net.Socket({ fd: '3' }); }, TypeError, 'ERR_INVALID_ARG_TYPE');
// A descriptor that is not open is of no kind a socket can take.
throwsLike(function () { return new net.Socket({ fd: 987654 }); }, TypeError, 'ERR_INVALID_FD_TYPE',
           'Unsupported fd type: UNKNOWN');
var byFd = net.createServer();
byFd.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'listen');
  assert.strictEqual(err.message, 'listen EINVAL: invalid argument');
}));
byFd.listen({ fd: 987654 });
throwsLike(function () { net.connect({ path: 42 }); }, TypeError, 'ERR_INVALID_ARG_TYPE');

// connect() again on a connected Unix socket: EISCONN on the next tick, as the kernel answers Node.
var path2 = path + '-2';
var twice = net.createServer(function (c) { c.resume(); });
twice.listen(path2, common.mustCall(function () {
  var c = net.connect(path2, common.mustCall(function () { c.connect(path2); }));
  c.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'EISCONN');
    assert.strictEqual(err.message, 'connect EISCONN ' + path2);
  }));
  c.on('close', common.mustCall(function () { twice.close(); }));
}));
