'use strict';
// The fs module on libuv's file calls (lib/core/file_ops): each function has a callback form that
// runs on the thread pool and a Sync form that runs now. Argument checks, flags and errors follow
// Node v20 (internal/fs/utils). Directory and whole-file functions are in internal/fs/dirs and
// internal/fs/files; streams, watch and fs.promises load on first use.

var u = require('internal/fs/utils');
var dirs = require('internal/fs/dirs');
var files = require('internal/fs/files');
var Buffer = require('buffer').Buffer;
var pathModule = require('path');
var errors = require('internal/errors');

var binding = u.binding;
var constants = u.constants;
var check = u.check;
var completion = u.completion;
var started = u.started;
var getPath = u.getPath;
var validateFd = u.validateFd;
var validateCallback = u.validateCallback;

var kDefaultMode = 438;  // 0o666

// --- open / close / read / write -----------------------------------------------------------------

function openSync(path, flags, mode) {
  path = getPath(path);
  var f = u.stringToFlags(flags);
  var m = u.parseFileMode(mode, 'mode', kDefaultMode);
  return check(binding.open(path, f, m), 'open', path);
}

function open(path, flags, mode, callback) {
  path = getPath(path);
  if (typeof flags === 'function') { callback = flags; flags = void 0; mode = void 0; }
  else if (typeof mode === 'function') { callback = mode; mode = void 0; }
  validateCallback(callback);
  var f = u.stringToFlags(flags);
  var m = u.parseFileMode(mode, 'mode', kDefaultMode);
  started(binding.open(path, f, m, completion(callback, 'open', path)), callback, 'open', path);
}

function closeSync(fd) {
  validateFd(fd);
  check(binding.close(fd), 'close');
}

function close(fd, callback) {
  validateFd(fd);
  if (callback === void 0) callback = function () {};
  validateCallback(callback);
  started(binding.close(fd, completion(callback, 'close')), callback, 'close');
}

var errorOf = u.errorOf;
var isArrayBufferView = u.isArrayBufferView;
var asBuffer = u.asBuffer;

function checkRange(buffer, offset, length) {
  if (offset === void 0 || offset === null) offset = 0;
  else u.validateInteger(offset, 'offset', 0, 9007199254740991);
  if (length === void 0 || length === null) length = buffer.byteLength - offset;
  if (offset > buffer.byteLength) throw errors.codes.ERR_OUT_OF_RANGE('offset', '<= ' + buffer.byteLength, offset);
  u.validateInteger(length, 'length', 0, 9007199254740991);
  if (length > buffer.byteLength - offset) {
    throw errors.codes.ERR_OUT_OF_RANGE('length', '<= ' + (buffer.byteLength - offset), length);
  }
  return { offset: offset, length: length };
}

function position(p) {
  if (p === void 0 || p === null) return -1;
  if (typeof p === 'bigint') return Number(p);
  if (typeof p !== 'number') throw errors.codes.ERR_INVALID_ARG_TYPE('position', 'of type number or bigint', p);
  return p;
}

// readSync(fd, buffer, offset, length, position) or (fd, buffer, {offset, length, position})
function readSync(fd, buffer, offset, length, pos) {
  validateFd(fd);
  if (!isArrayBufferView(buffer)) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    pos = offset.position; length = offset.length; offset = offset.offset;
  }
  var buf = asBuffer(buffer);
  var r = checkRange(buf, offset, length);
  if (r.length === 0) return 0;
  return check(binding.read(fd, buf, r.offset, r.length, position(pos)), 'read');
}

// read(fd, buffer, offset, length, position, cb), read(fd, {buffer, offset, length, position}, cb),
// read(fd, buffer, {offset, length, position}, cb), read(fd, cb): cb(err, bytesRead, buffer)
function read(fd, buffer, offset, length, pos, callback) {
  validateFd(fd);
  if (typeof buffer === 'function') {
    callback = buffer; buffer = Buffer.alloc(16384); offset = void 0; length = void 0; pos = void 0;
  } else if (buffer !== null && typeof buffer === 'object' && !isArrayBufferView(buffer)) {
    callback = offset;
    var o = buffer;
    buffer = o.buffer || Buffer.alloc(16384); offset = o.offset; length = o.length; pos = o.position;
  } else if (typeof offset === 'function') {
    callback = offset; offset = void 0;
  } else if (offset !== null && typeof offset === 'object') {
    callback = length;
    pos = offset.position; length = offset.length; offset = offset.offset;
  }
  validateCallback(callback);
  if (!isArrayBufferView(buffer)) {
    throw errors.codes.ERR_INVALID_ARG_TYPE('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  var buf = asBuffer(buffer);
  var r = checkRange(buf, offset, length);
  if (r.length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  started(binding.read(fd, buf, r.offset, r.length, position(pos), function (code, bytes) {
    if (code < 0) callback(u.uvException(code, 'read'));
    else callback(null, bytes, buffer);
  }), callback, 'read');
}

// writeSync(fd, buffer, offset, length, position) or writeSync(fd, string, position, encoding)
function writeArgs(fd, buffer, offset, length, pos) {
  validateFd(fd);
  if (isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      pos = offset.position; length = offset.length; offset = offset.offset;
    }
    var buf = asBuffer(buffer);
    var r = checkRange(buf, offset, length);
    return { buf: buf, offset: r.offset, length: r.length, pos: position(pos) };
  }
  if (typeof buffer !== 'string') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  var encoding = typeof length === 'string' ? length : 'utf8';
  u.checkEncoding(encoding);
  var data = Buffer.from(buffer, encoding);
  return { buf: data, offset: 0, length: data.length, pos: typeof offset === 'number' ? offset : -1 };
}

function writeSync(fd, buffer, offset, length, pos) {
  var a = writeArgs(fd, buffer, offset, length, pos);
  if (a.length === 0) return 0;
  return check(binding.write(fd, a.buf, a.offset, a.length, a.pos), 'write');
}

// write(fd, buffer[, offset[, length[, position]]], cb) or write(fd, string[, position[, encoding]], cb):
// cb(err, bytesWritten, bufferOrString)
function write(fd, buffer) {
  var callback = arguments[arguments.length - 1];
  validateCallback(callback);
  var rest = [];
  for (var i = 2; i < arguments.length - 1; i++) rest.push(arguments[i]);
  var a = writeArgs(fd, buffer, rest[0], rest[1], rest[2]);
  if (a.length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  started(binding.write(fd, a.buf, a.offset, a.length, a.pos, function (code, bytes) {
    if (code < 0) callback(u.uvException(code, 'write'));
    else callback(null, bytes, buffer);
  }), callback, 'write');
}

// --- stat family ---------------------------------------------------------------------------------

function statSyncWith(fn, syscall) {
  return function (path, options) {
    path = getPath(path);
    var r = fn(path);
    if (typeof r === 'number' && r < 0 && options && options.throwIfNoEntry === false &&
        (r === u.errorCode('ENOENT') || r === u.errorCode('ENOTDIR'))) {
      return void 0;
    }
    return u.toStats(check(r, syscall, path));
  };
}

function statWith(fn, syscall) {
  return function (path, options, callback) {
    if (typeof options === 'function') callback = options;
    validateCallback(callback);
    path = getPath(path);
    started(fn(path, completion(callback, syscall, path, void 0, u.toStats)), callback, syscall, path);
  };
}

var statSync = statSyncWith(binding.stat, 'stat');
var lstatSync = statSyncWith(binding.lstat, 'lstat');
var stat = statWith(binding.stat, 'stat');
var lstat = statWith(binding.lstat, 'lstat');

function fstatSync(fd) {
  validateFd(fd);
  return u.toStats(check(binding.fstat(fd), 'fstat'));
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFd(fd);
  validateCallback(callback);
  started(binding.fstat(fd, completion(callback, 'fstat', void 0, void 0, u.toStats)), callback, 'fstat');
}

// --- simple path operations ----------------------------------------------------------------------

// fn(target, ...values) and its Sync form, for the calls on a path (or, byFd, a descriptor) that give
// nothing back. values(a[, b]), if given, checks the arguments between the target and the callback
// and returns what the binding takes for them.
function voidOp(fn, syscall, byFd, values) {
  var count = values ? values.length : 0;
  function target(t) {
    if (byFd) validateFd(t);
    else t = getPath(t);
    return t;
  }
  function argv(t, a, b) {
    var v = values ? values(a, b) : [];
    v.unshift(t);
    return v;
  }
  return {
    sync: function (t, a, b) {
      t = target(t);
      check(fn.apply(null, argv(t, a, b)), syscall, byFd ? void 0 : t);
    },
    async: function (t, a, b, c) {
      t = target(t);
      var path = byFd ? void 0 : t;
      var callback = count === 0 ? a : count === 1 ? b : c;
      var v = argv(t, a, b);
      validateCallback(callback);
      v.push(completion(callback, syscall, path));
      started(fn.apply(null, v), callback, syscall, path);
    }
  };
}

function fileMode(mode) {
  return [u.parseFileMode(mode, 'mode')];
}

// Node v20 names the arguments in futimes' errors ("atime", "mtime") but not in utimes' ("time").
function times(atime, mtime) {
  return [u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime)];
}
function fdTimes(atime, mtime) {
  return [u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime')];
}

var unlinkOp = voidOp(binding.unlink, 'unlink');
var fsyncOp = voidOp(binding.fsync, 'fsync', true);
var fdatasyncOp = voidOp(binding.fdatasync, 'fdatasync', true);
var chmodOp = voidOp(binding.chmod, 'chmod', false, fileMode);
var fchmodOp = voidOp(binding.fchmod, 'fchmod', true, fileMode);
var utimesOp = voidOp(binding.utimes, 'utime', false, times);
var futimesOp = voidOp(binding.futimes, 'futime', true, fdTimes);

function twoPathOp(fn, syscall, srcName, destName) {
  return {
    sync: function (src, dest) {
      src = getPath(src, srcName);
      dest = getPath(dest, destName);
      check(fn(src, dest), syscall, src, dest);
    },
    async: function (src, dest, callback) {
      src = getPath(src, srcName);
      dest = getPath(dest, destName);
      validateCallback(callback);
      started(fn(src, dest, completion(callback, syscall, src, dest)), callback, syscall, src, dest);
    }
  };
}

var renameOp = twoPathOp(binding.rename, 'rename', 'oldPath', 'newPath');
var linkOp = twoPathOp(binding.link, 'link', 'existingPath', 'newPath');

function accessMode(mode) {
  if (mode === void 0 || mode === null) return constants.F_OK;
  return u.validateInteger(mode, 'mode', 0, 7);
}

function accessSync(path, mode) {
  path = getPath(path);
  check(binding.access(path, accessMode(mode)), 'access', path);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = void 0; }
  path = getPath(path);
  var m = accessMode(mode);
  validateCallback(callback);
  started(binding.access(path, m, completion(callback, 'access', path)), callback, 'access', path);
}

function existsSync(path) {
  try { path = getPath(path); } catch (e) { return false; }
  return errorOf(binding.access(path, constants.F_OK)) === 0;
}

// exists(path, cb(exists)): deprecated in Node but kept, as IoT.js has it.
function exists(path, callback) {
  validateCallback(callback);
  try { path = getPath(path); } catch (e) {
    process.nextTick(callback, false);
    return;
  }
  var rc = binding.access(path, constants.F_OK, function (code) { callback(code === 0); });
  if (rc < 0) process.nextTick(callback, false);
}

function copyFlags(mode) {
  if (mode === void 0 || mode === null) return 0;
  return u.validateInteger(mode, 'mode', 0, 7);
}

function copyFileSync(src, dest, mode) {
  src = getPath(src, 'src');
  dest = getPath(dest, 'dest');
  check(binding.copyFile(src, dest, copyFlags(mode)), 'copyfile', src, dest);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = void 0; }
  src = getPath(src, 'src');
  dest = getPath(dest, 'dest');
  var flags = copyFlags(mode);
  validateCallback(callback);
  started(binding.copyFile(src, dest, flags, completion(callback, 'copyfile', src, dest)), callback, 'copyfile', src, dest);
}

function symlinkFlags(type) {
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type === void 0 || type === null || type === 'file') return 0;
  throw errors.codes.ERR_INVALID_ARG_VALUE('type', type, "must be one of: 'dir', 'file', 'junction'");
}

function symlinkSync(target, path, type) {
  target = getPath(target, 'target');
  path = getPath(path);
  check(binding.symlink(target, path, symlinkFlags(type)), 'symlink', target, path);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = void 0; }
  target = getPath(target, 'target');
  path = getPath(path);
  var flags = symlinkFlags(type);
  validateCallback(callback);
  started(binding.symlink(target, path, flags, completion(callback, 'symlink', target, path)), callback, 'symlink', target, path);
}

function encoded(options) {
  var o = u.getOptions(options, { encoding: 'utf8' });
  return function (s) {
    if (o.encoding === 'buffer') return Buffer.from(s, 'utf8');
    if (o.encoding === 'utf8' || o.encoding === 'utf-8') return s;
    return Buffer.from(s, 'utf8').toString(o.encoding);
  };
}

// fn(path) -> a string, given back in options.encoding, and its Sync form. pathName: how argument
// errors name the path (Node's readlink says "oldPath").
function stringOp(fn, syscall, pathName) {
  return {
    sync: function (path, options) {
      path = getPath(path, pathName);
      return encoded(options)(check(fn(path), syscall, path));
    },
    async: function (path, options, callback) {
      if (typeof options === 'function') { callback = options; options = void 0; }
      validateCallback(callback);
      path = getPath(path, pathName);
      var enc = encoded(options);
      started(fn(path, completion(callback, syscall, path, void 0, enc)), callback, syscall, path);
    }
  };
}

var readlinkOp = stringOp(binding.readlink, 'readlink', 'oldPath');

// Node's fs.realpath walks the path with lstat, so a missing component is reported as
// "ENOENT: ..., lstat '/first/missing'"; the native call fails as a whole, so find that component.
function realpathError(code, path) {
  var abs = pathModule.resolve(path);
  var parts = abs.split('/');
  var prefix = '';
  for (var i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    prefix += '/' + parts[i];
    var r = binding.lstat(prefix);
    if (typeof r === 'number' && r < 0) return u.uvException(r, 'lstat', prefix);
  }
  return u.uvException(code, 'realpath', path);
}

function realpathSync(path, options) {
  path = getPath(path);
  var r = binding.realpath(path);
  if (typeof r === 'number' && r < 0) throw realpathError(r, path);
  return encoded(options)(r);
}

function realpath(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  path = getPath(path);
  var enc = encoded(options);
  var rc = binding.realpath(path, function (code, value) {
    if (code < 0) callback(realpathError(code, path));
    else callback(null, enc(value));
  });
  started(rc, callback, 'realpath', path);
}

// The native forms: the call as it is, its error as the system gives it.
var realpathNativeOp = stringOp(binding.realpath, 'realpath');
realpathSync.native = realpathNativeOp.sync;
realpath.native = realpathNativeOp.async;

function mkdtempSync(prefix, options) {
  var enc = encoded(options);
  prefix = getPath(prefix, 'prefix');
  return enc(check(binding.mkdtemp(prefix + 'XXXXXX'), 'mkdtemp', prefix + 'XXXXXX'));
}

function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  var enc = encoded(options);
  prefix = getPath(prefix, 'prefix');
  var tpl = prefix + 'XXXXXX';
  started(binding.mkdtemp(tpl, completion(callback, 'mkdtemp', tpl, void 0, enc)), callback, 'mkdtemp', tpl);
}

// --- descriptors: sync, truncate, chmod, utimes --------------------------------------------------

function truncLength(len) {
  if (len === void 0 || len === null) return 0;
  u.validateInteger(len, 'len', -9007199254740991, 9007199254740991);
  return Math.max(0, len);
}

function ftruncateSync(fd, len) {
  validateFd(fd);
  check(binding.ftruncate(fd, truncLength(len)), 'ftruncate');
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = void 0; }
  validateFd(fd);
  var n = truncLength(len);
  validateCallback(callback);
  started(binding.ftruncate(fd, n, completion(callback, 'ftruncate')), callback, 'ftruncate');
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  var n = truncLength(len);
  var fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, n);
  } finally {
    closeSync(fd);
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = void 0; }
  validateCallback(callback);
  var n = truncLength(len);
  open(path, 'r+', function (err, fd) {
    if (err) return callback(err);
    binding.ftruncate(fd, n, function (code) {
      binding.close(fd, function (closeCode) {
        if (code < 0) callback(u.uvException(code, 'ftruncate'));
        else if (closeCode < 0) callback(u.uvException(closeCode, 'close'));
        else callback(null);
      });
    });
  });
}

// --- exports -------------------------------------------------------------------------------------

exports.constants = constants;
exports.F_OK = constants.F_OK;
exports.R_OK = constants.R_OK;
exports.W_OK = constants.W_OK;
exports.X_OK = constants.X_OK;
exports.Stats = u.Stats;
exports.Dirent = u.Dirent;

exports.open = open;
exports.openSync = openSync;
exports.close = close;
exports.closeSync = closeSync;
exports.read = read;
exports.readSync = readSync;
exports.write = write;
exports.writeSync = writeSync;
exports.stat = stat;
exports.statSync = statSync;
exports.lstat = lstat;
exports.lstatSync = lstatSync;
exports.fstat = fstat;
exports.fstatSync = fstatSync;
exports.access = access;
exports.accessSync = accessSync;
exports.exists = exists;
exports.existsSync = existsSync;
exports.copyFile = copyFile;
exports.copyFileSync = copyFileSync;
exports.symlink = symlink;
exports.symlinkSync = symlinkSync;
exports.realpath = realpath;
exports.realpathSync = realpathSync;
exports.mkdtemp = mkdtemp;
exports.mkdtempSync = mkdtempSync;
exports.ftruncate = ftruncate;
exports.ftruncateSync = ftruncateSync;
exports.truncate = truncate;
exports.truncateSync = truncateSync;
// fs[name] and fs[name + 'Sync'] of the operations made above from a shared shape.
var ops = {
  unlink: unlinkOp, rename: renameOp, link: linkOp, fsync: fsyncOp, fdatasync: fdatasyncOp,
  chmod: chmodOp, fchmod: fchmodOp, utimes: utimesOp, futimes: futimesOp, readlink: readlinkOp
};
for (var name in ops) {
  exports[name] = ops[name].async;
  exports[name + 'Sync'] = ops[name].sync;
}
exports.mkdir = dirs.mkdir;
exports.mkdirSync = dirs.mkdirSync;
exports.readdir = dirs.readdir;
exports.readdirSync = dirs.readdirSync;
exports.rm = dirs.rm;
exports.rmSync = dirs.rmSync;
exports.rmdir = dirs.rmdir;
exports.rmdirSync = dirs.rmdirSync;
exports.readFile = files.readFile;
exports.readFileSync = files.readFileSync;
exports.writeFile = files.writeFile;
exports.writeFileSync = files.writeFileSync;
exports.appendFile = files.appendFile;
exports.appendFileSync = files.appendFileSync;

// Streams and promises load on first use.
require('internal/lazy_properties')(exports, ['ReadStream', 'WriteStream', 'promises'], function (name) {
  if (name === 'promises') return require('internal/fs/promises');
  return require('internal/fs/streams')[name];
}, true);

exports.watch = function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
};

// util.promisify forms, as Node's: exists resolves a boolean (its callback has no error argument),
// read and write resolve { bytesRead | bytesWritten, buffer }.
var promisifyInternals = require('internal/promisify');
Object.defineProperty(exists, promisifyInternals.custom, {
  value: function exists(path) {
    return new Promise(function (resolve) { exports.exists(path, resolve); });
  },
  configurable: true
});
Object.defineProperty(read, promisifyInternals.customPromisifyArgs, { value: ['bytesRead', 'buffer'] });
Object.defineProperty(write, promisifyInternals.customPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

exports.createReadStream = function createReadStream(path, options) {
  return new exports.ReadStream(path, options);
};
exports.createWriteStream = function createWriteStream(path, options) {
  return new exports.WriteStream(path, options);
};
