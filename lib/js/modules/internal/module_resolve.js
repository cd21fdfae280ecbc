'use strict';
// Finding the file for a request, as Node v20 does, then through IoT.js's search directories (the
// order is described in internal/module.js). Loaded on the first require of a file or the first use
// of require.resolve / require('module'): it installs its functions on Module, where code that wraps
// them (mocking libraries replace Module._resolveFilename) expects them.

var path = require('path');
var Module = require('internal/module');
var binding = process._binding('module');

var FILE = 1;
var DIRECTORY = 2;

function realpath(p) {
  var real = binding.realpath(p);
  return typeof real === 'number' ? p : real;
}

Module.isBuiltin = function (name) {
  if (typeof name !== 'string') return false;
  if (name.indexOf('node:') === 0) name = name.slice(5);
  return name.indexOf('internal/') !== 0 && binding.hasBuiltin(name);
};

// Duktape is slow at string work, so names are joined by hand where they are known to be
// normalised (one path.resolve() costs as much as 30 property reads).
function isSimple(p) {
  return p.indexOf('/.') < 0 && p.indexOf('//') < 0 && p.charAt(p.length - 1) !== '/';
}

function child(dir, name) {
  return dir === '/' ? '/' + name : dir + '/' + name;
}

// path.resolve(dir, request) without its cost in the usual cases: an absolute, normalised directory
// and a request with no "." or ".." after its start.
function join(dir, request) {
  if (dir.charAt(0) === '/' && isSimple(dir)) {
    if (request.charAt(0) === '.' && request.charAt(1) === '/') {
      var rest = request.slice(2);
      if (rest !== '' && rest.charAt(0) !== '.' && isSimple(rest)) return child(dir, rest);
    } else if (request.charAt(0) !== '.' && request.charAt(0) !== '/' && isSimple(request)) {
      return child(dir, request);
    }
  }
  return path.resolve(dir, request);
}

function tryFile(p) {
  return binding.stat(p) === FILE ? realpath(p) : false;
}

function tryExtensions(p) {
  for (var ext in Module._extensions) {
    var found = tryFile(p + ext);
    if (found) return found;
  }
  return false;
}

function readPackageMain(jsonPath) {
  if (binding.stat(jsonPath) !== FILE) return void 0;
  var text = binding.readFile(jsonPath);
  if (typeof text === 'number') return void 0;
  var pkg;
  try {
    pkg = JSON.parse(text);
  } catch (e) {
    var err = new Error('Error parsing ' + jsonPath + ': ' + e.message);
    err.path = jsonPath;
    throw err;
  }
  return pkg !== null && typeof pkg === 'object' && typeof pkg.main === 'string' ? pkg.main : void 0;
}

// A directory as a package: its "main" (a file, with an extension added, or a directory's index),
// else its index file. A "main" that names nothing falls back to the index with Node's warning.
function tryPackage(dir, request) {
  var jsonPath = child(dir, 'package.json');
  var main = readPackageMain(jsonPath);
  var index = child(dir, 'index');
  if (!main) return tryExtensions(index);
  var filename = path.resolve(dir, main);
  var found = tryFile(filename) || tryExtensions(filename) || tryExtensions(child(filename, 'index'));
  if (found) return found;
  found = tryExtensions(index);
  if (!found) {
    var err = new Error("Cannot find module '" + filename + "'. " +
      'Please verify that the package.json has a valid "main" entry');
    err.code = 'MODULE_NOT_FOUND';
    err.path = jsonPath;
    err.requestPath = request;
    throw err;
  }
  process.emitWarning("Invalid 'main' field in '" + jsonPath + "' of '" + main + "'. " +
    'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  return found;
}

// "x/", "x/.", "x/..", ".", "..": a directory is meant, so no file is tried.
function hasTrailingSlash(request) {
  var n = request.length;
  var last = request.charAt(n - 1);
  if (last === '/') return true;
  if (last !== '.') return false;
  var before = request.charAt(n - 2);
  return n === 1 || before === '/' || (before === '.' && (n === 2 || request.charAt(n - 3) === '/'));
}

// ".", "..", "./x", "../x"
function isRelative(request) {
  if (request.charAt(0) !== '.') return false;
  var second = request.charAt(1);
  return request.length === 1 || second === '/' ||
    (second === '.' && (request.length === 2 || request.charAt(2) === '/'));
}

Module._findPath = function (request, paths) {
  var absolute = request.charAt(0) === '/';
  if (absolute) paths = ['/'];
  else if (!paths || paths.length === 0) return false;
  var trailingSlash = hasTrailingSlash(request);
  var bare = !absolute && !isRelative(request);
  for (var i = 0; i < paths.length; i++) {
    var dir = paths[i];
    // A search directory that does not exist costs one stat, not one per extension.
    if (bare && dir && binding.stat(dir) !== DIRECTORY) continue;
    var basePath = absolute ? path.resolve(request) : join(dir, request);
    var kind = binding.stat(basePath);
    var filename = false;
    if (!trailingSlash) {
      if (kind === FILE) filename = realpath(basePath);
      if (!filename) filename = tryExtensions(basePath);
    }
    if (!filename && kind === DIRECTORY) filename = tryPackage(basePath, request);
    if (filename) return filename;
  }
  return false;
};

// Node's global directories, read from the environment once (as Node reads them at start-up), on
// the first bare require rather than at start-up.
var globalPaths = null;
function nodeGlobalPaths() {
  if (globalPaths !== null) return globalPaths;
  var env = process.env;
  var paths = [];
  if (env.NODE_PATH) paths = env.NODE_PATH.split(':').filter(Boolean);
  if (env.HOME) paths.push(path.resolve(env.HOME, '.node_modules'), path.resolve(env.HOME, '.node_libraries'));
  paths.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  globalPaths = paths;
  return paths;
}

Object.defineProperty(Module, 'globalPaths', {
  get: function () { return nodeGlobalPaths().slice(); },
  set: function (value) { globalPaths = value; },
  enumerable: true, configurable: true
});

// IoT.js's search directories, in its order, from the working directory and environment as they are
// at the time of the require ($IOTJS_WORKING_DIR_PATH, as in IoT.js, stands for the working directory).
Module._iotjsPaths = function () {
  var env = process.env;
  var cwd = env.IOTJS_WORKING_DIR_PATH ? path.resolve(env.IOTJS_WORKING_DIR_PATH) : process.cwd();
  var paths = [cwd, path.join(cwd, 'iotjs_modules')];
  if (env.HOME) paths.push(path.resolve(cwd, env.HOME, 'iotjs_modules'));
  if (env.IOTJS_PATH) paths.push(path.resolve(cwd, env.IOTJS_PATH, 'iotjs_modules'));
  if (env.IOTJS_EXTRA_MODULE_PATH) {
    var extra = env.IOTJS_EXTRA_MODULE_PATH.split(':');
    for (var i = 0; i < extra.length; i++) if (extra[i]) paths.push(path.resolve(cwd, extra[i]));
  }
  return paths;
};

// Where a request is looked for: null for a built-in, the parent's directory for ./X and ../X, else
// the parent's node_modules directories, then the global and IoT.js directories.
Module._resolveLookupPaths = function (request, parent) {
  if (Module.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    var paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : [];
    return paths.concat(nodeGlobalPaths(), Module._iotjsPaths());
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [Module._dirname(parent.filename)];
};

function notFound(request, parent) {
  var stack = [];
  for (var cursor = parent; cursor; cursor = cursor.parent) stack.push(cursor.filename || cursor.id);
  var message = "Cannot find module '" + request + "'";
  if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  var paths;
  if (options !== null && typeof options === 'object' && options.paths !== void 0) {
    if (!Array.isArray(options.paths)) {
      throw require('internal/errors').codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
    if (request.charAt(0) === '.' && (request.charAt(1) === '/' || request.slice(1, 3) === './')) {
      paths = options.paths;
    } else {
      // Each given directory as if a module there required it, without repeats.
      var fakeParent = new Module('', null);
      paths = [];
      for (var i = 0; i < options.paths.length; i++) {
        fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
        var lookup = Module._resolveLookupPaths(request, fakeParent);
        for (var j = 0; j < lookup.length; j++) if (paths.indexOf(lookup[j]) < 0) paths.push(lookup[j]);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  var filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  throw notFound(request, parent);
};


// require() as a module at `filename` (an absolute path or a file: URL string) would have it.
Module.createRequire = function (filename) {
  if (typeof filename === 'string' && filename.indexOf('file://') === 0) {
    filename = decodeURIComponent(filename.slice(7));
  }
  if (typeof filename !== 'string' || filename.charAt(0) !== '/') {
    throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received " +
      require('util').inspect(filename));
  }
  var proxyPath = filename.charAt(filename.length - 1) === '/' ? path.join(filename, 'noop.js') : filename;
  var m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return Module._makeRequire(m);
};

