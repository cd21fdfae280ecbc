'use strict';
// Errors shaped as Node's for system failures: code ('ECONNREFUSED'), errno (the negative libuv
// code), syscall, address/port (or hostname for DNS), and the message Node prints.

var errorsBinding = process._binding('errors');
var makeNodeError = require('internal/errors').makeNodeError;

function errname(err) { return errorsBinding.errname(err); }

// "read ECONNRESET"
function errnoException(err, syscall, original) {
  var code = errname(err);
  var e = new Error(syscall + ' ' + code + (original ? ' ' + original : ''));
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function hostPort(address, port) {
  if (!address) return '';
  return port !== void 0 && port !== null && port > 0 ? address + ':' + port : address;
}

// "connect ECONNREFUSED 127.0.0.1:8000"
function exceptionWithHostPort(err, syscall, address, port) {
  var code = errname(err);
  var details = hostPort(address, port);
  var e = new Error(syscall + ' ' + code + (details ? ' ' + details : ''));
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// "listen EADDRINUSE: address already in use :::8000"
function uvExceptionWithHostPort(err, syscall, address, port) {
  var code = errname(err);
  // As Node: no port shown unless positive (a Unix socket's is -1), but kept on the error if set.
  var details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  var e = new Error(syscall + ' ' + code + ': ' + errorsBinding.strerror(err) + details);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// "ENOENT: no such file or directory, chdir '/home' -> 'nope'" (Node's uvException), for failures
// about a path: errno, code, syscall, then path and dest when given.
function uvException(err, syscall, path, dest) {
  var code = errname(err);
  var message = code + ': ' + errorsBinding.strerror(err) + ', ' + syscall;
  if (path !== void 0) message += " '" + path + "'";
  if (dest !== void 0) message += " -> '" + dest + "'";
  var e = new Error(message);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  if (path !== void 0) e.path = path;
  if (dest !== void 0) e.dest = dest;
  return e;
}

// "getaddrinfo ENOTFOUND example.invalid": a name that does not resolve is ENOTFOUND, as in Node.
function dnsException(err, syscall, hostname) {
  var code = errname(err);
  if (code === 'EAI_NONAME' || code === 'EAI_NODATA') code = 'ENOTFOUND';
  else if (code.indexOf('EAI_') === 0) code = 'E' + code.slice(4);
  var e = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return e;
}

// Node's SystemError: "<prefix>: uv_os_gethostname returned ENOSYS (function not implemented)", with
// code (an ERR_ code), info {errno, code, message, syscall}, errno and syscall.
function systemError(key, prefix, err, syscall) {
  var code = errname(err);
  var description = errorsBinding.strerror(err);
  var e = makeNodeError(Error, key, prefix + ': ' + syscall + ' returned ' + code + ' (' + description + ')');
  e.info = { errno: err, code: code, message: description, syscall: syscall };
  e.errno = err;
  e.syscall = syscall;
  Object.defineProperty(e, 'name', { value: 'SystemError', enumerable: false, configurable: true, writable: true });
  Object.defineProperty(e, 'toString', {
    value: function () { return 'SystemError [' + key + ']: ' + this.message; },
    enumerable: false, configurable: true, writable: true
  });
  return e;
}

function badPort(name, port, allowZero) {
  var shown = typeof port === 'string' ? "type string ('" + port + "')" : 'type ' + typeof port + ' (' + String(port) + ')';
  return makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT', name + ' should be ' + (allowZero === false ? '>' : '>=') +
    ' 0 and < 65536. Received ' + shown + '.');
}

// Node accepts numbers and numeric strings in [0, 65535]; with allowZero false, not the number 0.
function validatePort(port, name, allowZero) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && (port.trim() === '' || !/^\s*\d+\s*$/.test(port))) ||
      +port !== (+port >>> 0) || +port > 0xFFFF || (port === 0 && allowZero === false)) {
    throw badPort(name || 'Port', port, allowZero);
  }
  return +port;
}

// What a user does about it: 'refused', 'timeout', 'dns', 'unreachable', 'reset', or 'error' (also for
// an error that carries no libuv code). The core's table decides, as it does for the CLI.
function errorClass(err) {
  return errorsBinding.classify(err ? err.errno : void 0, err ? err.syscall : void 0);
}

exports.errname = errname;
exports.errorClass = errorClass;
exports.errnoException = errnoException;
exports.exceptionWithHostPort = exceptionWithHostPort;
exports.uvExceptionWithHostPort = uvExceptionWithHostPort;
exports.uvException = uvException;
exports.dnsException = dnsException;
exports.validatePort = validatePort;
exports.systemError = systemError;
