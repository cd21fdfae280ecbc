'use strict';
// fs's whole-file functions: readFile (in one read when fstat gives the size, else in chunks to the
// end), writeFile and appendFile (writing until all is taken), on a path or a descriptor.

var fs = require('fs');  // open/close; fs requires this file while loading, so used only in calls
var u = require('internal/fs/utils');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');

var binding = u.binding;
var constants = u.constants;
var check = u.check;
var validateFd = u.validateFd;
var validateCallback = u.validateCallback;

var kReadFileChunk = 512 * 1024;
var kDefaultMode = 438;  // 0o666

function decode(buffer, encoding) {
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// A descriptor where a path may be: an int32 number, as Node tells them apart.
function isFd(path) { return typeof path === 'number' && (path | 0) === path; }

// Reads from `fd` until end of file: in one piece when fstat gives the size, else in chunks.
function readAllSync(fd) {
  var st = check(binding.fstat(fd), 'fstat');
  var size = (st[1] & constants.S_IFMT) === constants.S_IFREG ? st[8] : 0;
  var chunks = [];
  var total = 0;
  var buf = Buffer.allocUnsafe(size > 0 ? size : kReadFileChunk);
  var filled = 0;
  for (;;) {
    if (filled === buf.length) {
      chunks.push(buf);
      total += filled;
      buf = Buffer.allocUnsafe(kReadFileChunk);
      filled = 0;
    }
    var n = check(binding.read(fd, buf, filled, buf.length - filled, -1), 'read');
    if (n === 0) break;
    filled += n;
  }
  if (chunks.length === 0) return filled === buf.length ? buf : buf.slice(0, filled);
  chunks.push(buf.slice(0, filled));
  return Buffer.concat(chunks, total + filled);
}

function readAll(fd, callback) {
  binding.fstat(fd, function (code, st) {
    if (code < 0) return callback(u.uvException(code, 'fstat'));
    var size = (st[1] & constants.S_IFMT) === constants.S_IFREG ? st[8] : 0;
    var chunks = [];
    var total = 0;
    var buf = Buffer.allocUnsafe(size > 0 ? size : kReadFileChunk);
    var filled = 0;
    var step = function () {
      if (filled === buf.length) {
        chunks.push(buf);
        total += filled;
        buf = Buffer.allocUnsafe(kReadFileChunk);
        filled = 0;
      }
      binding.read(fd, buf, filled, buf.length - filled, -1, function (rc, n) {
        if (rc < 0) return callback(u.uvException(rc, 'read'));
        if (n === 0) {
          if (chunks.length === 0) return callback(null, filled === buf.length ? buf : buf.slice(0, filled));
          chunks.push(buf.slice(0, filled));
          return callback(null, Buffer.concat(chunks, total + filled));
        }
        filled += n;
        step();
      });
    };
    step();
  });
}

function readFileSync(path, options) {
  var o = u.getOptions(options, { flag: 'r' });
  var fd = isFd(path) ? validateFd(path) : fs.openSync(path, o.flag, kDefaultMode);
  var data;
  try {
    data = readAllSync(fd);
  } finally {
    if (!isFd(path)) fs.closeSync(fd);
  }
  return decode(data, o.encoding);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  var o = u.getOptions(options, { flag: 'r' });
  var finish = function (fd, own) {
    readAll(fd, function (err, data) {
      if (!own) return err ? callback(err) : callback(null, decode(data, o.encoding));
      binding.close(fd, function (code) {
        if (err) return callback(err);
        if (code < 0) return callback(u.uvException(code, 'close'));
        callback(null, decode(data, o.encoding));
      });
    });
  };
  if (isFd(path)) {
    validateFd(path);
    return finish(path, false);
  }
  fs.open(path, o.flag, kDefaultMode, function (err, fd) {
    if (err) return callback(err);
    finish(fd, true);
  });
}

function toData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (u.isArrayBufferView(data)) return u.asBuffer(data);
  throw errors.codes.ERR_INVALID_ARG_TYPE('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function writeAllSync(fd, buf) {
  var off = 0;
  while (off < buf.length) off += check(binding.write(fd, buf, off, buf.length - off, -1), 'write');
}

function writeAll(fd, buf, callback) {
  var off = 0;
  var step = function () {
    if (off >= buf.length) return callback(null);
    binding.write(fd, buf, off, buf.length - off, -1, function (code, n) {
      if (code < 0) return callback(u.uvException(code, 'write'));
      off += n;
      step();
    });
  };
  step();
}

function writeFileSync(path, data, options, defaultFlag) {
  var o = u.getOptions(options, { encoding: 'utf8', mode: kDefaultMode, flag: defaultFlag || 'w' });
  var buf = toData(data, o.encoding);
  if (isFd(path)) {
    validateFd(path);
    return writeAllSync(path, buf);
  }
  var fd = fs.openSync(path, o.flag, o.mode);
  try {
    writeAllSync(fd, buf);
  } finally {
    fs.closeSync(fd);
  }
}

function writeFileWith(defaultFlag) {
  return function (path, data, options, callback) {
    if (typeof options === 'function') { callback = options; options = void 0; }
    validateCallback(callback);
    var o = u.getOptions(options, { encoding: 'utf8', mode: kDefaultMode, flag: defaultFlag });
    var buf = toData(data, o.encoding);
    if (isFd(path)) {
      validateFd(path);
      return writeAll(path, buf, callback);
    }
    fs.open(path, o.flag, o.mode, function (err, fd) {
      if (err) return callback(err);
      writeAll(fd, buf, function (werr) {
        binding.close(fd, function (code) {
          if (werr) return callback(werr);
          if (code < 0) return callback(u.uvException(code, 'close'));
          callback(null);
        });
      });
    });
  };
}

function appendFileSync(path, data, options) {
  var o = u.getOptions(options, { encoding: 'utf8', mode: kDefaultMode, flag: 'a' });
  return writeFileSync(path, data, o, 'a');
}

var writeFile = writeFileWith('w');
var appendFile = writeFileWith('a');

exports.readFile = readFile;
exports.readFileSync = readFileSync;
exports.writeFile = writeFile;
exports.writeFileSync = function (path, data, options) { return writeFileSync(path, data, options, 'w'); };
exports.appendFile = appendFile;
exports.appendFileSync = appendFileSync;
