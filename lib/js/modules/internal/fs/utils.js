'use strict';
// What the fs functions share: argument checks worded as Node's, flag strings, modes, the errors
// made from libuv codes ("ENOENT: no such file or directory, open 'x'"), Stats and Dirent.

var binding = process._binding('fs');
var errorsBinding = process._binding('errors');
var errors = require('internal/errors');
var Buffer = require('buffer').Buffer;

var constants = binding.constants;
var kMaxUint32 = 4294967295;

// "ENOENT: no such file or directory, rename 'a' -> 'b'" with errno (negative), code, syscall,
// path, dest.
function uvException(err, syscall, path, dest) {
  var code = errorsBinding.errname(err);
  var message = code + ': ' + errorsBinding.strerror(err) + ', ' + syscall;
  if (path !== void 0 && path !== null) message += " '" + path + "'";
  if (dest !== void 0 && dest !== null) message += " -> '" + dest + "'";
  var e = new Error(message);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  if (path !== void 0 && path !== null) e.path = path;
  if (dest !== void 0 && dest !== null) e.dest = dest;
  return e;
}

// A sync binding call's result: the value, or a thrown error for a negative code.
function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) throw uvException(result, syscall, path, dest);
  return result;
}

// The completion a binding call takes: callback(err) or callback(null, map(value)).
function completion(callback, syscall, path, dest, map) {
  return function (code, value) {
    if (code < 0) callback(uvException(code, syscall, path, dest));
    else if (map) callback(null, map(value));
    else callback(null, value);
  };
}

// An async binding call that could not start reports like one that failed.
function started(rc, callback, syscall, path, dest) {
  if (rc < 0) process.nextTick(callback, uvException(rc, syscall, path, dest));
}

function validateCallback(cb) {
  if (typeof cb !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE('cb', 'of type function', cb);
  return cb;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errors.codes.ERR_INVALID_ARG_TYPE(name, 'of type function', value);
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw errors.codes.ERR_INVALID_ARG_TYPE(name, 'of type number', value);
  if (value !== Math.floor(value) || !isFinite(value)) throw errors.codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw errors.codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

function validateFd(fd) { return validateInteger(fd, 'fd', 0, 2147483647); }

function nullCheck(p, name) {
  if (p.indexOf('\u0000') !== -1) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument '" + name +
      "' must be a string, Uint8Array, or URL without null bytes. Received " + JSON.stringify(p).replace(/"/g, "'").replace(/\\u00([0-9a-f]{2})/g, '\\x$1'));
  }
}

// A path as a string: strings, Buffers (UTF-8) and file: URL objects, as Node takes them.
function getPath(p, name) {
  name = name || 'path';
  if (p instanceof Uint8Array) p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('utf8');
  else if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== void 0) {
    if (p.protocol !== 'file:') throw errors.makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    p = decodeURIComponent(p.pathname);
  }
  if (typeof p !== 'string') {
    throw errors.codes.ERR_INVALID_ARG_TYPE(name, 'of type string or an instance of Buffer or URL', p);
  }
  nullCheck(p, name);
  return p;
}

var O = constants;
var FLAGS = {
  r: O.O_RDONLY, rs: O.O_RDONLY | O.O_SYNC, sr: O.O_RDONLY | O.O_SYNC,
  'r+': O.O_RDWR, 'rs+': O.O_RDWR | O.O_SYNC, 'sr+': O.O_RDWR | O.O_SYNC,
  w: O.O_TRUNC | O.O_CREAT | O.O_WRONLY,
  wx: O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL, xw: O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  'w+': O.O_TRUNC | O.O_CREAT | O.O_RDWR,
  'wx+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL, 'xw+': O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  a: O.O_APPEND | O.O_CREAT | O.O_WRONLY,
  ax: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL, xa: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL,
  as: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC, sa: O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC,
  'a+': O.O_APPEND | O.O_CREAT | O.O_RDWR,
  'ax+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL, 'xa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL,
  'as+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC, 'sa+': O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === void 0 || flags === null) return O.O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(FLAGS, flags)) return FLAGS[flags];
  throw errors.codes.ERR_INVALID_ARG_VALUE(name || 'flags', flags);
}

// A mode as a number or an octal string; `def` when absent.
function parseFileMode(value, name, def) {
  if (value === void 0 || value === null) return def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw errors.codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateInteger(value, name, 0, kMaxUint32);
  return value & 4095;
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw errors.codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options as Node takes them: undefined/null -> defaults, a string -> {encoding}, an object, else
// ERR_INVALID_ARG_TYPE.
function getOptions(options, defaults) {
  if (options === void 0 || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var copy = {};
    for (var k in defaults) copy[k] = defaults[k];
    copy.encoding = options;
    options = copy;
  } else if (typeof options !== 'object') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'one of type string or an instance of Object', options);
  } else {
    var merged = {};
    for (var d in defaults) merged[d] = defaults[d];
    for (var o in options) merged[o] = options[o];
    options = merged;
  }
  checkEncoding(options.encoding);
  return options;
}

// Seconds since the epoch from a Date, a number or a numeric string (utimes). The error is Node v20's
// word for word, argument name and grammar included.
function toUnixTimestamp(time, name) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') return isFinite(time) ? time : Date.now() / 1000;
  if (time instanceof Date) return time.getTime() / 1000;
  throw errors.codes.ERR_INVALID_ARG_TYPE(name || 'time', 'an instance of Date or an Time in seconds', time);
}

function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  var buf = Buffer.from(name, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// A sync binding call's negative libuv code, or 0 when it succeeded.
function errorOf(result) { return typeof result === 'number' && result < 0 ? result : 0; }

function isArrayBufferView(b) { return b instanceof Uint8Array || ArrayBuffer.isView(b); }

// The byte view of any ArrayBufferView (Buffer, TypedArray, DataView).
function asBuffer(b) {
  if (b instanceof Buffer) return b;
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

// --- Stats ---------------------------------------------------------------------------------------

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}

function isType(mode, type) { return (mode & O.S_IFMT) === type; }
Stats.prototype.isFile = function () { return isType(this.mode, O.S_IFREG); };
Stats.prototype.isDirectory = function () { return isType(this.mode, O.S_IFDIR); };
Stats.prototype.isSymbolicLink = function () { return isType(this.mode, O.S_IFLNK); };
Stats.prototype.isFIFO = function () { return isType(this.mode, O.S_IFIFO); };
Stats.prototype.isSocket = function () { return isType(this.mode, O.S_IFSOCK); };
Stats.prototype.isBlockDevice = function () { return isType(this.mode, O.S_IFBLK); };
Stats.prototype.isCharacterDevice = function () { return isType(this.mode, O.S_IFCHR); };

// The binding's 14 numbers -> Stats.
function toStats(a) {
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
}

// --- Dirent --------------------------------------------------------------------------------------

function Dirent(name, type, parentPath) {
  this.name = name;
  this.parentPath = parentPath;
  this.path = parentPath;
  Object.defineProperty(this, '_type', { value: type, enumerable: false, writable: true, configurable: true });
}

Dirent.prototype.isFile = function () { return this._type === O.UV_DIRENT_FILE; };
Dirent.prototype.isDirectory = function () { return this._type === O.UV_DIRENT_DIR; };
Dirent.prototype.isSymbolicLink = function () { return this._type === O.UV_DIRENT_LINK; };
Dirent.prototype.isFIFO = function () { return this._type === O.UV_DIRENT_FIFO; };
Dirent.prototype.isSocket = function () { return this._type === O.UV_DIRENT_SOCKET; };
Dirent.prototype.isBlockDevice = function () { return this._type === O.UV_DIRENT_BLOCK; };
Dirent.prototype.isCharacterDevice = function () { return this._type === O.UV_DIRENT_CHAR; };

// scandir's [names, types] -> what readdir returns for these options. An unknown type (some file
// systems give none) is found with lstat, as Node does.
function readdirResult(result, dir, options) {
  var names = result[0];
  var out = new Array(names.length);
  for (var i = 0; i < names.length; i++) {
    var name = encodeName(names[i], options.encoding);
    if (options.withFileTypes) {
      var type = result[1][i];
      if (type === O.UV_DIRENT_UNKNOWN) {
        var st = binding.lstat(dir + '/' + names[i]);
        if (typeof st !== 'number') type = direntTypeOf(st[1]);
      }
      out[i] = new Dirent(name, type, dir);
    } else {
      out[i] = name;
    }
  }
  return out;
}

function direntTypeOf(mode) {
  switch (mode & O.S_IFMT) {
    case O.S_IFREG: return O.UV_DIRENT_FILE;
    case O.S_IFDIR: return O.UV_DIRENT_DIR;
    case O.S_IFLNK: return O.UV_DIRENT_LINK;
    case O.S_IFIFO: return O.UV_DIRENT_FIFO;
    case O.S_IFSOCK: return O.UV_DIRENT_SOCKET;
    case O.S_IFCHR: return O.UV_DIRENT_CHAR;
    case O.S_IFBLK: return O.UV_DIRENT_BLOCK;
  }
  return O.UV_DIRENT_UNKNOWN;
}

// Node's rm of a directory without {recursive}: a SystemError ERR_FS_EISDIR.
function fsEisdir(path) {
  var errno = -errorsBinding.code('EISDIR');
  var e = errors.makeNodeError(Error, 'ERR_FS_EISDIR',
    'Path is a directory: rm returned EISDIR (is a directory) ' + path);
  e.name = 'SystemError';
  e.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: 'rm', errno: errno };
  e.errno = errno;
  e.syscall = 'rm';
  e.path = path;
  return e;
}

exports.binding = binding;
exports.constants = constants;
exports.uvException = uvException;
exports.check = check;
exports.completion = completion;
exports.started = started;
exports.validateCallback = validateCallback;
exports.validateFunction = validateFunction;
exports.validateInteger = validateInteger;
exports.validateFd = validateFd;
exports.getPath = getPath;
exports.stringToFlags = stringToFlags;
exports.parseFileMode = parseFileMode;
exports.getOptions = getOptions;
exports.checkEncoding = checkEncoding;
exports.toUnixTimestamp = toUnixTimestamp;
exports.errorOf = errorOf;
exports.isArrayBufferView = isArrayBufferView;
exports.asBuffer = asBuffer;
exports.Stats = Stats;
exports.toStats = toStats;
exports.Dirent = Dirent;
exports.readdirResult = readdirResult;
exports.fsEisdir = fsEisdir;
exports.errorCode = function (name) { return errorsBinding.code(name); };
