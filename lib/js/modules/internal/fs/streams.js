'use strict';
// fs.ReadStream and fs.WriteStream on the stream module's Readable and Writable, as Node's: the file
// opens in _construct ('open' then 'ready'), each _read is one fs read of at most highWaterMark bytes
// (so a pipe reads only as fast as its destination drains), and the descriptor closes in _destroy
// once no read or write is in flight.

var fs = require('fs');
var u = require('internal/fs/utils');
var errors = require('internal/errors');
var Buffer = require('buffer').Buffer;
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var inherits = require('internal/inherits');

var kIoDone = '_fsIoDone';

function copyOptions(options) {
  if (options === void 0 || options === null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') {
    throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'one of type string or an instance of Object', options);
  }
  var copy = {};
  for (var k in options) copy[k] = options[k];
  return copy;
}

// start/end: integers >= 0, start <= end.
function positions(stream, options) {
  stream.start = options.start;
  stream.end = options.end === void 0 ? Infinity : options.end;
  if (options.start !== void 0) u.validateInteger(options.start, 'start', 0, 9007199254740991);
  if (options.end !== void 0 && options.end !== Infinity) u.validateInteger(options.end, 'end', 0, 9007199254740991);
  if (options.start !== void 0 && options.start > stream.end) {
    throw errors.codes.ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + stream.end + ')', options.start);
  }
  stream.pos = options.start;
}

function setup(stream, path, options, defaultFlags) {
  stream.fd = options.fd === void 0 || options.fd === null ? null : u.validateFd(options.fd);
  stream.path = stream.fd === null ? u.getPath(path) : path;
  stream.flags = options.flags === void 0 ? defaultFlags : options.flags;
  stream.mode = options.mode === void 0 ? 438 : options.mode;
  stream.autoClose = options.autoClose === void 0 ? true : options.autoClose;
  stream._performingIO = false;
  if (stream.fd === null) stream._construct = openForStream;
}

function openForStream(callback) {
  var stream = this;
  fs.open(this.path, this.flags, this.mode, function (err, fd) {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeForStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === void 0) return cb(err);
  var fd = stream.fd;
  stream.fd = null;
  if (!stream.autoClose) return cb(err);
  fs.close(fd, function (er) { cb(er || err); });
}

function destroyFile(err, cb) {
  var stream = this;
  if (this._performingIO) {
    this.once(kIoDone, function (er) { closeForStream(stream, err || er, cb); });
  } else {
    closeForStream(this, err, cb);
  }
}

function closeStream(cb) {
  if (cb) require('internal/streams/end-of-stream')(this, cb);
  this.destroy();
}

function pendingGetter() { return this.fd === null; }

// --- ReadStream ----------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === void 0) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === void 0) options.autoDestroy = options.autoClose === void 0 ? true : options.autoClose;
  setup(this, path, options, 'r');
  positions(this, options);
  this.bytesRead = 0;
  Readable.call(this, options);
}
inherits(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', { get: pendingGetter, configurable: true });

ReadStream.prototype._read = function (n) {
  var stream = this;
  n = this.pos !== void 0 ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  var buf = Buffer.allocUnsafe(n);
  this._performingIO = true;
  fs.read(this.fd, buf, 0, n, this.pos === void 0 ? null : this.pos, function (err, bytes) {
    stream._performingIO = false;
    if (stream.destroyed) {
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      stream.destroy(err);
    } else if (bytes > 0) {
      if (stream.pos !== void 0) stream.pos += bytes;
      stream.bytesRead += bytes;
      stream.push(bytes === buf.length ? buf : buf.slice(0, bytes));
    } else {
      stream.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyFile;
ReadStream.prototype.close = closeStream;

// --- WriteStream ---------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;
  if (options.autoDestroy === void 0) options.autoDestroy = options.autoClose === void 0 ? true : options.autoClose;
  setup(this, path, options, 'w');
  if (options.start !== void 0) u.validateInteger(options.start, 'start', 0, 9007199254740991);
  this.start = options.start;
  this.pos = options.start;
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
inherits(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', { get: pendingGetter, configurable: true });

// Writes all of `buf` (a write may take part of it), then cb(err).
function writeAll(stream, buf, cb) {
  var off = 0;
  stream._performingIO = true;
  var step = function () {
    fs.write(stream.fd, buf, off, buf.length - off, stream.pos === void 0 ? null : stream.pos, function (err, n) {
      if (!err) {
        stream.bytesWritten += n;
        if (stream.pos !== void 0) stream.pos += n;
        off += n;
        if (off < buf.length && !stream.destroyed) return step();
      }
      stream._performingIO = false;
      if (stream.destroyed) {
        cb(err);
        stream.emit(kIoDone, err);
        return;
      }
      cb(err);
    });
  };
  step();
}

WriteStream.prototype._write = function (chunk, encoding, cb) {
  writeAll(this, Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding), cb);
};

WriteStream.prototype._writev = function (chunks, cb) {
  var list = new Array(chunks.length);
  for (var i = 0; i < chunks.length; i++) {
    var c = chunks[i].chunk;
    list[i] = Buffer.isBuffer(c) ? c : Buffer.from(c, chunks[i].encoding);
  }
  writeAll(this, Buffer.concat(list), cb);
};

WriteStream.prototype._destroy = destroyFile;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

exports.ReadStream = ReadStream;
exports.WriteStream = WriteStream;
