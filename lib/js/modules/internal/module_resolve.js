'use strict';
// Finding the file for a request, as Node v20 does, then through IoT.js's search directories (the
// order is described in internal/module.js). Loaded on the first require of a file or the first use
// of require.resolve / require('module'): it installs its functions on Module, where code that wraps
// them (mocking libraries replace Module._resolveFilename) expects them.

var path = require('path');
var Module = require('internal/module');
var binding = Module._binding;

// The directories beyond node_modules (Node's global ones, IoT.js's), loaded on the first bare name.
var search = null;
function searchPaths() {
  if (search === null) search = require('internal/module_search_paths');
  return search;
}

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

// A package.json's content, parsed once (as Node caches it); null when there is none.
var packageCache = {};
function readPackage(jsonPath) {
  var cached = packageCache[jsonPath];
  if (cached !== void 0) return cached;
  var pkg = null;
  if (binding.stat(jsonPath) === FILE) {
    var text = binding.readFile(jsonPath);
    if (typeof text !== 'number') {
      try {
        pkg = JSON.parse(text);
      } catch (e) {
        var err = new Error('Error parsing ' + jsonPath + ': ' + e.message);
        err.path = jsonPath;
        throw err;
      }
      if (pkg === null || typeof pkg !== 'object') pkg = {};
    }
  }
  packageCache[jsonPath] = pkg;
  return pkg;
}

// A bare request for a package whose package.json has "exports": the file that maps it to (see
// internal/package_exports.js, loaded only then), or false when the package has no "exports".
function tryExports(dir, request) {
  var slash = request.indexOf('/', request.charAt(0) === '@' ? request.indexOf('/') + 1 : 0);
  var pkgDir = join(dir, slash < 0 ? request : request.slice(0, slash));
  var pkg = readPackage(child(pkgDir, 'package.json'));
  if (pkg === null || pkg.exports === null || pkg.exports === void 0) return false;
  var file = require('internal/package_exports').resolveRequest(pkgDir, pkg.exports, request);
  return file && realpath(file);
}

// A directory as a package: its "main" (a file, with an extension added, or a directory's index),
// else its index file. A "main" that names nothing falls back to the index with Node's warning.
function tryPackage(dir, request) {
  var jsonPath = child(dir, 'package.json');
  var pkg = readPackage(jsonPath);
  var main = pkg !== null && typeof pkg.main === 'string' ? pkg.main : void 0;
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

Module._findPath = function (request, paths) {
  var absolute = request.charAt(0) === '/';
  if (absolute) paths = ['/'];
  else if (!paths || paths.length === 0) return false;
  var n = request.length;
  var first = request.charAt(0);
  var second = request.charAt(1);
  var last = request.charAt(n - 1);
  var beforeLast = request.charAt(n - 2);
  // "x/", "x/.", "x/..", ".", "..": a directory is meant, so no file is tried.
  var trailingSlash = last === '/' || (last === '.' &&
    (n === 1 || beforeLast === '/' || (beforeLast === '.' && (n === 2 || request.charAt(n - 3) === '/'))));
  // Not ".", "..", "./x" or "../x" (nor absolute): looked for in the search directories.
  var bare = !absolute && !(first === '.' &&
    (n === 1 || second === '/' || (second === '.' && (n === 2 || request.charAt(2) === '/'))));
  for (var i = 0; i < paths.length; i++) {
    var dir = paths[i];
    // A search directory that does not exist costs one stat, not one per extension.
    if (bare && dir && binding.stat(dir) !== DIRECTORY) continue;
    if (bare) {
      var exported = tryExports(dir, request);
      if (exported) return exported;
    }
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

// Where a request is looked for: null for a built-in, the parent's directory for ./X and ../X, else
// the parent's node_modules directories, then the global and IoT.js directories.
Module._resolveLookupPaths = function (request, parent) {
  if (Module.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    var paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : [];
    var search = searchPaths();  // also defines Module._iotjsPaths
    return paths.concat(search.nodeGlobalPaths(), Module._iotjsPaths());
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [Module._dirname(parent.filename)];
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  var paths;
  if (options !== null && typeof options === 'object' && options.paths !== void 0) {
    if (!Array.isArray(options.paths)) {
      throw require('internal/errors').codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
    paths = searchPaths().fromOptionPaths(request, options.paths);
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  var filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  // Node's message: the request, then the chain of requiring modules, innermost first.
  var stack = [];
  for (var cursor = parent; cursor; cursor = cursor.parent) stack.push(cursor.filename || cursor.id);
  var message = "Cannot find module '" + request + "'";
  if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  throw err;
};
