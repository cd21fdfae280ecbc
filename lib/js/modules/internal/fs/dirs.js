'use strict';
// fs's directory functions: mkdir (recursive: mkdir -p, returning the first directory made),
// readdir (names, Dirents, recursive listings), rm (recursive, force) and rmdir.

var u = require('internal/fs/utils');
var pathModule = require('path');
var errors = require('internal/errors');

var binding = u.binding;
var constants = u.constants;
var check = u.check;
var completion = u.completion;
var started = u.started;
var getPath = u.getPath;
var validateCallback = u.validateCallback;
var errorOf = u.errorOf;

var kDirMode = 511;  // 0o777

function mkdirOptions(options) {
  var recursive = false;
  var mode = kDirMode;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = u.parseFileMode(options, 'mode', kDirMode);
  } else if (options !== void 0 && options !== null) {
    if (typeof options !== 'object') throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
    if (options.recursive !== void 0) {
      if (typeof options.recursive !== 'boolean') {
        throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.recursive" property must be of type boolean. Received ' +
          errors.describeValue(options.recursive));
      }
      recursive = options.recursive;
    }
    mode = u.parseFileMode(options.mode, 'mode', kDirMode);
  }
  return { recursive: recursive, mode: mode };
}

var ENOENT = u.errorCode('ENOENT');
var EEXIST = u.errorCode('EEXIST');

function isDirResult(r) { return typeof r !== 'number' && (r[1] & constants.S_IFMT) === constants.S_IFDIR; }

// mkdir -p: the first directory created, or undefined when all existed.
function mkdirpSync(path, mode) {
  var r = errorOf(binding.mkdir(path, mode));
  if (r === 0) return path;
  if (r === EEXIST) {
    if (isDirResult(binding.stat(path))) return void 0;
    throw u.uvException(r, 'mkdir', path);
  }
  if (r !== ENOENT) throw u.uvException(r, 'mkdir', path);
  var parent = pathModule.dirname(path);
  if (parent === path) throw u.uvException(r, 'mkdir', path);
  var first = mkdirpSync(parent, mode);
  r = errorOf(binding.mkdir(path, mode));
  if (r < 0 && !(r === EEXIST && isDirResult(binding.stat(path)))) throw u.uvException(r, 'mkdir', path);
  return first || path;
}

function mkdirp(path, mode, callback) {
  binding.mkdir(path, mode, function (r) {
    if (r === 0) return callback(null, path);
    if (r === EEXIST) {
      return binding.stat(path, function (code, st) {
        if (code === 0 && isDirResult(st)) callback(null, void 0);
        else callback(u.uvException(r, 'mkdir', path));
      });
    }
    var parent = pathModule.dirname(path);
    if (r !== ENOENT || parent === path) return callback(u.uvException(r, 'mkdir', path));
    mkdirp(parent, mode, function (err, first) {
      if (err) return callback(err);
      binding.mkdir(path, mode, function (r2) {
        if (r2 === 0) return callback(null, first || path);
        if (r2 !== EEXIST) return callback(u.uvException(r2, 'mkdir', path));
        binding.stat(path, function (code, st) {
          if (code === 0 && isDirResult(st)) callback(null, first || path);
          else callback(u.uvException(r2, 'mkdir', path));
        });
      });
    });
  });
}

function mkdirSync(path, options) {
  path = getPath(path);
  var o = mkdirOptions(options);
  if (o.recursive) return mkdirpSync(pathModule.resolve(path), o.mode);
  check(binding.mkdir(path, o.mode), 'mkdir', path);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  path = getPath(path);
  var o = mkdirOptions(options);
  if (o.recursive) return mkdirp(pathModule.resolve(path), o.mode, callback);
  started(binding.mkdir(path, o.mode, completion(callback, 'mkdir', path)), callback, 'mkdir', path);
}

function readdirOptions(options) {
  return u.getOptions(options, { encoding: 'utf8', withFileTypes: false });
}

function readdirSync(path, options) {
  path = getPath(path);
  var o = readdirOptions(options);
  if (o.recursive) return readdirRecursiveSync(path, o);
  return u.readdirResult(check(binding.scandir(path), 'scandir', path), path, o);
}

// One directory `dir` (`rel` below the top) of a recursive listing, scandir's result r: its entries
// go to out (named relative to the top), its subdirectories to the end of queue.
function addListing(r, dir, rel, o, out, queue) {
  var typed = u.readdirResult(r, dir, { withFileTypes: true });
  for (var i = 0; i < typed.length; i++) {
    var relName = rel ? rel + '/' + typed[i].name : typed[i].name;
    if (o.withFileTypes) out.push(typed[i]);
    else out.push(u.readdirResult([[relName], [0]], dir, { encoding: o.encoding })[0]);
    if (typed[i].isDirectory()) queue.push(relName);
  }
}

// {recursive: true}: every entry below `path`, names relative to it, breadth first as Node lists them.
function readdirRecursiveSync(path, o) {
  var out = [];
  var queue = [''];
  while (queue.length) {
    var rel = queue.shift();
    var dir = rel ? pathModule.join(path, rel) : path;
    var r = check(binding.scandir(dir), 'scandir', dir);
    addListing(r, dir, rel, o, out, queue);
  }
  return out;
}

function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  path = getPath(path);
  var o = readdirOptions(options);
  if (o.recursive) {
    // Each directory is listed on the thread pool, one after another.
    var out = [];
    var queue = [''];
    var next = function () {
      if (!queue.length) return callback(null, out);
      var rel = queue.shift();
      var dir = rel ? pathModule.join(path, rel) : path;
      binding.scandir(dir, function (code, r) {
        if (code < 0) return callback(u.uvException(code, 'scandir', dir));
        addListing(r, dir, rel, o, out, queue);
        next();
      });
    };
    return next();
  }
  started(binding.scandir(path, completion(callback, 'scandir', path, void 0, function (r) {
    return u.readdirResult(r, path, o);
  })), callback, 'scandir', path);
}

// --- rm / rmdir ----------------------------------------------------------------------------------

function rmOptions(options) {
  var o = { recursive: false, force: false };
  if (options === void 0 || options === null) return o;
  if (typeof options !== 'object') throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  var names = ['recursive', 'force'];
  for (var i = 0; i < names.length; i++) {
    var v = options[names[i]];
    if (v === void 0) continue;
    if (typeof v !== 'boolean') {
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options.' + names[i] +
        '" property must be of type boolean. Received ' + errors.describeValue(v));
    }
    o[names[i]] = v;
  }
  return o;
}

// Removes `path` and, for a directory, what is in it.
function removeTreeSync(path) {
  var st = check(binding.lstat(path), 'lstat', path);
  if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) {
    var names = check(binding.scandir(path), 'scandir', path)[0];
    for (var i = 0; i < names.length; i++) removeTreeSync(path + '/' + names[i]);
    check(binding.rmdir(path), 'rmdir', path);
  } else {
    check(binding.unlink(path), 'unlink', path);
  }
}

function removeTree(path, callback) {
  binding.lstat(path, function (code, st) {
    if (code < 0) return callback(u.uvException(code, 'lstat', path));
    if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) {
      return binding.unlink(path, completion(callback, 'unlink', path));
    }
    binding.scandir(path, function (code2, r) {
      if (code2 < 0) return callback(u.uvException(code2, 'scandir', path));
      var names = r[0];
      var i = 0;
      var next = function (err) {
        if (err) return callback(err);
        if (i < names.length) return removeTree(path + '/' + names[i++], next);
        binding.rmdir(path, completion(callback, 'rmdir', path));
      };
      next(null);
    });
  });
}

function rmSync(path, options) {
  path = getPath(path);
  var o = rmOptions(options);
  var st = binding.lstat(path);
  if (typeof st === 'number' && st < 0) {
    if (o.force && st === ENOENT) return;
    throw u.uvException(st, 'lstat', path);
  }
  if ((st[1] & constants.S_IFMT) === constants.S_IFDIR && !o.recursive) throw u.fsEisdir(path);
  removeTreeSync(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  path = getPath(path);
  var o = rmOptions(options);
  binding.lstat(path, function (code, st) {
    if (code < 0) {
      if (o.force && code === ENOENT) return callback(null);
      return callback(u.uvException(code, 'lstat', path));
    }
    if ((st[1] & constants.S_IFMT) === constants.S_IFDIR && !o.recursive) return callback(u.fsEisdir(path));
    removeTree(path, callback);
  });
}

function rmdirSync(path, options) {
  path = getPath(path);
  if (options && options.recursive) return rmSync(path, { recursive: true });
  check(binding.rmdir(path), 'rmdir', path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = void 0; }
  validateCallback(callback);
  path = getPath(path);
  if (options && options.recursive) return rm(path, { recursive: true }, callback);
  started(binding.rmdir(path, completion(callback, 'rmdir', path)), callback, 'rmdir', path);
}

exports.mkdir = mkdir;
exports.mkdirSync = mkdirSync;
exports.readdir = readdir;
exports.readdirSync = readdirSync;
exports.rm = rm;
exports.rmSync = rmSync;
exports.rmdir = rmdir;
exports.rmdirSync = rmdirSync;
