'use strict';
// fs.promises (also require('fs/promises')): the path functions returning a Promise, and open()
// giving a FileHandle. Each is the callback form underneath; a bad argument rejects the promise, as
// in Node, whose forms are async functions. Needs the global Promise.

var fs = require('fs');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');

// Calls fn(args..., callback) and settles with the callback's value. Trailing undefined arguments
// are dropped so the callback lands where the callback form looks for it.
function call(fn, args, map) {
  return new Promise(function (resolve, reject) {
    var list = Array.prototype.slice.call(args);
    while (list.length && list[list.length - 1] === void 0) list.pop();
    list.push(function (err, value) {
      if (err) reject(err);
      else resolve(map ? map(value) : value);
    });
    fn.apply(fs, list);
  });
}

function promisified(name) {
  var fn = fs[name];
  return function () { return call(fn, arguments); };
}

var names = ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'mkdir', 'readdir', 'rm', 'rmdir',
  'unlink', 'rename', 'copyFile', 'access', 'realpath', 'readlink', 'symlink', 'link', 'truncate',
  'mkdtemp', 'chmod', 'utimes'];
for (var i = 0; i < names.length; i++) exports[names[i]] = promisified(names[i]);

// --- FileHandle ----------------------------------------------------------------------------------

function FileHandle(fd) {
  this.fd = fd;
}

function handleFd(handle) {
  if (handle.fd < 0) {
    var e = errors.makeNodeError(Error, 'EBADF', 'file closed');
    e.errno = -9;
    e.syscall = 'read';
    throw e;
  }
  return handle.fd;
}

function onHandle(handle, fn, args, map) {
  var self = handle;
  return new Promise(function (resolve, reject) {
    var fd = handleFd(self);
    call(fn, [fd].concat(Array.prototype.slice.call(args)), map).then(resolve, reject);
  });
}

// read(buffer, offset, length, position) or read({buffer, offset, length, position}) -> {bytesRead, buffer}
FileHandle.prototype.read = function (buffer, offset, length, position) {
  if (buffer === void 0 || buffer === null || !(buffer instanceof Uint8Array)) {
    var o = buffer || {};
    buffer = o.buffer || Buffer.alloc(16384);
    offset = o.offset; length = o.length; position = o.position;
  }
  var self = this;
  return new Promise(function (resolve, reject) {
    fs.read(handleFd(self), buffer, offset, length, position === void 0 ? null : position, function (err, n, b) {
      if (err) reject(err);
      else resolve({ bytesRead: n, buffer: b });
    });
  });
};

// write(buffer[, offset[, length[, position]]]) or write(string[, position[, encoding]]) -> {bytesWritten, buffer}
FileHandle.prototype.write = function () {
  var self = this;
  var args = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    while (args.length && args[args.length - 1] === void 0) args.pop();
    args.unshift(handleFd(self));
    args.push(function (err, n, b) {
      if (err) reject(err);
      else resolve({ bytesWritten: n, buffer: b });
    });
    fs.write.apply(fs, args);
  });
};

FileHandle.prototype.readFile = function (options) { return onHandle(this, fs.readFile, [options]); };
FileHandle.prototype.writeFile = function (data, options) { return onHandle(this, fs.writeFile, [data, options]); };
FileHandle.prototype.appendFile = function (data, options) { return onHandle(this, fs.writeFile, [data, options]); };
FileHandle.prototype.stat = function (options) { return onHandle(this, fs.fstat, [options]); };
FileHandle.prototype.truncate = function (len) { return onHandle(this, fs.ftruncate, [len]); };
FileHandle.prototype.sync = function () { return onHandle(this, fs.fsync, []); };
FileHandle.prototype.datasync = function () { return onHandle(this, fs.fdatasync, []); };
FileHandle.prototype.chmod = function (mode) { return onHandle(this, fs.fchmod, [mode]); };
FileHandle.prototype.utimes = function (atime, mtime) { return onHandle(this, fs.futimes, [atime, mtime]); };

FileHandle.prototype.close = function () {
  var self = this;
  return new Promise(function (resolve, reject) {
    if (self.fd < 0) return resolve();
    var fd = self.fd;
    self.fd = -1;
    fs.close(fd, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
};

exports.open = function open(path, flags, mode) {
  return call(fs.open, [path, flags === void 0 ? 'r' : flags, mode], function (fd) { return new FileHandle(fd); });
};

exports.FileHandle = FileHandle;
exports.constants = fs.constants;
