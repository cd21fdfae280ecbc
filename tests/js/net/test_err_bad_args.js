'use strict';
// Bad arguments are thrown synchronously, with Node v20's error codes, classes and (where netjs and
// Node share the wording) messages. Nothing is left open afterwards: the process exits by itself.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

function throwsLike(fn, cls, code, message) {
  var caught = null;
  try { fn(); } catch (e) { caught = e; }
  assert.ok(caught, 'expected a throw (' + code + ')');
  assert.ok(caught instanceof cls, code + ': wrong class ' + caught.name);
  assert.strictEqual(caught.name, cls.name);
  assert.strictEqual(caught.code, code);
  if (message !== undefined) assert.strictEqual(caught.message, message);
}

function badPort(name, received) {
  return name + ' should be >= 0 and < 65536. Received ' + received + '.';
}

// Ports out of range or not integers: RangeError ERR_SOCKET_BAD_PORT.
throwsLike(function () { net.connect(70000); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', 'type number (70000)'));
throwsLike(function () { net.connect(65536, '127.0.0.1'); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', 'type number (65536)'));
throwsLike(function () { net.connect(-1); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', 'type number (-1)'));
throwsLike(function () { net.connect(1.5); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', 'type number (1.5)'));
throwsLike(function () { net.connect({ port: NaN }); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', 'type number (NaN)'));
throwsLike(function () { net.connect({ port: 'abc' }); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', "type string ('abc')"));
throwsLike(function () { net.connect({ port: '80x' }); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', "type string ('80x')"));
throwsLike(function () { net.connect({ port: '' }); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('Port', "type string ('')"));
throwsLike(function () { new net.Socket().connect(99999, '127.0.0.1'); }, RangeError, 'ERR_SOCKET_BAD_PORT');
throwsLike(function () { net.createServer().listen(65536); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('options.port', 'type number (65536)'));
throwsLike(function () { net.createServer().listen(-1); }, RangeError, 'ERR_SOCKET_BAD_PORT', badPort('options.port', 'type number (-1)'));
throwsLike(function () { net.createServer().listen({ port: 65536 }); }, RangeError, 'ERR_SOCKET_BAD_PORT');

// Missing port: TypeError ERR_MISSING_ARGS.
var missing = 'The "options" or "port" or "path" argument must be specified';
throwsLike(function () { net.connect(); }, TypeError, 'ERR_MISSING_ARGS', missing);
throwsLike(function () { net.connect({}); }, TypeError, 'ERR_MISSING_ARGS', missing);
throwsLike(function () { net.connect(undefined); }, TypeError, 'ERR_MISSING_ARGS', missing);
throwsLike(function () { net.createConnection({ host: '127.0.0.1' }); }, TypeError, 'ERR_MISSING_ARGS', missing);
throwsLike(function () { new net.Socket().connect({ host: '127.0.0.1' }); }, TypeError, 'ERR_MISSING_ARGS', missing);

// Wrong types.
throwsLike(function () { net.connect({ port: true }); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "options.port" property must be one of type number or string. Received type boolean (true)');
throwsLike(function () { net.connect(null); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "options.port" property must be one of type number or string. Received null');
throwsLike(function () { net.connect({ port: null }); }, TypeError, 'ERR_INVALID_ARG_TYPE');
throwsLike(function () { net.connect({ port: 1, host: 5 }); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "hostname" argument must be of type string. Received type number (5)');
throwsLike(function () { net.connect({ port: 1, family: 5 }); }, TypeError, 'ERR_INVALID_ARG_VALUE',
  "The property 'options.family' must be one of: 0, 4, 6. Received 5");
throwsLike(function () { net.connect({ port: 1, localAddress: 'foo' }); }, TypeError, 'ERR_INVALID_IP_ADDRESS',
  'Invalid IP address: foo');
throwsLike(function () { net.connect({ port: 1, localPort: 'x' }); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "options.localPort" property must be of type number. Received type string (\'x\')');
throwsLike(function () { net.createServer(5); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be of type object. Received type number (5)');
throwsLike(function () { net.createServer().listen({}); }, TypeError, 'ERR_INVALID_ARG_VALUE',
  "The argument 'options' must have the property \"port\" or \"path\". Received {}");
throwsLike(function () { net.createServer().listen({ host: '127.0.0.1' }); }, TypeError, 'ERR_INVALID_ARG_VALUE');
throwsLike(function () { net.createServer().listen({ port: true }); }, TypeError, 'ERR_INVALID_ARG_VALUE',
  "The argument 'options' is invalid. Received { port: true }");
throwsLike(function () { net.createServer().listen(true); }, TypeError, 'ERR_INVALID_ARG_VALUE');
throwsLike(function () { net.createServer().listen({ port: 0, host: 5 }); }, TypeError, 'ERR_INVALID_ARG_TYPE');

// setTimeout argument checks.
var s = new net.Socket();
throwsLike(function () { s.setTimeout(-1); }, RangeError, 'ERR_OUT_OF_RANGE',
  'The value of "msecs" is out of range. It must be a non-negative finite number. Received -1');
throwsLike(function () { s.setTimeout(Infinity); }, RangeError, 'ERR_OUT_OF_RANGE');
throwsLike(function () { s.setTimeout('x'); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "msecs" argument must be of type number. Received type string (\'x\')');
throwsLike(function () { s.setTimeout(1, 5); }, TypeError, 'ERR_INVALID_ARG_TYPE',
  'The "callback" argument must be of type function. Received type number (5)');
s.destroy();

// Accepted forms that look odd: numeric strings are ports, null/undefined listen on a random port.
var okForms = [
  function () { return net.createServer().listen(null); },
  function () { return net.createServer().listen({ port: null }); },
  function () { return net.createServer().listen({ port: undefined }); },
  function () { return net.createServer().listen('0', '127.0.0.1'); },
  function () { return net.createServer().listen({ port: '0', host: '127.0.0.1' }); }
];
okForms.forEach(function (make) {
  var srv = make();
  srv.on('listening', common.mustCall(function () {
    assert.strictEqual(typeof srv.address().port, 'number');
    assert.ok(srv.address().port > 0);
    srv.close();
  }));
});
