'use strict';
// CommonJS modules from files, resolved and loaded as Node v20 does, then through IoT.js's search
// directories. require(X) from module M:
//   1. a built-in name, or node:NAME: the built-in (before any file);
//   2. ./X, ../X, /X: the file X, X.js, X.json, then the directory X (package.json "main" as a file
//      or directory, else index.js, index.json), relative to M's directory;
//   3. a bare X: the same in each of M.paths (node_modules directories from M's directory up), then
//      Node's global directories (NODE_PATH, $HOME/.node_modules, $HOME/.node_libraries,
//      PREFIX/lib/node), then IoT.js's (the working directory, ./iotjs_modules, $HOME/iotjs_modules,
//      $IOTJS_PATH/iotjs_modules, each of $IOTJS_EXTRA_MODULE_PATH), the cwd-based ones taken at the
//      time of the require.
// Finding the file is internal/module_resolve.js, loaded on the first require of a file, so a
// script that requires none does not pay for it. This file: the Module objects, loading (.js, .json
// and the longest registered extension), the cache (keyed by real path; deleting an entry reloads),
// cycles (partial exports), require() and the main program. Duktape is slow at string work (one
// path.resolve() costs as much as 30 property reads), so what start-up and every require run avoids it.

var path = require('path');

var requireBuiltin = null;
var binding = null;

function Module(id, parent) {
  this.id = id === void 0 ? '' : id;
  this.path = dirname(this.id);
  this.exports = {};
  this.parent = parent;
  if (parent && parent.children) parent.children.push(this);
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
}

Module.Module = Module;
Module._cache = {};
Module._extensions = {
  '.js': function (module, filename) {
    module._compile(readSource(filename), filename);
  },
  '.json': function (module, filename) {
    var source = readSource(filename);
    try {
      module.exports = JSON.parse(source.charCodeAt(0) === 0xFEFF ? source.slice(1) : source);
    } catch (err) {
      err.message = filename + ': ' + err.message;
      throw err;
    }
  }
};

Module._setBuiltinLoader = function (loader, moduleBinding) {
  requireBuiltin = loader;
  binding = moduleBinding;
  Module._binding = moduleBinding;
};

// Installs Module._resolveFilename and the rest of resolution on Module, once.
var resolutionLoaded = false;
function resolution() {
  if (!resolutionLoaded) {
    resolutionLoaded = true;
    require('internal/module_resolve');
  }
  return Module;
}
Module._loadResolution = resolution;

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(name, 'of type string', value);
  }
}

function readSource(filename) {
  var source = binding.readFile(filename);
  if (typeof source === 'number') throw require('internal/net_errors').uvException(source, 'open', filename);
  return source;
}

function isBuiltin(name) {
  return name.indexOf('internal/') !== 0 && binding.hasBuiltin(name);
}

// path.dirname for the absolute, normalised names module ids and filenames are ("x" gives ".").
function dirname(p) {
  var slash = p.lastIndexOf('/');
  return slash > 0 ? p.slice(0, slash) : slash === 0 ? '/' : '.';
}
Module._dirname = dirname;

// node_modules directories from `from` (absolute, normalised) up to the root, leaving out those
// inside a node_modules directory.
function nodeModulePaths(from) {
  var paths = [];
  var end = from.length;
  while (end > 1) {
    var slash = from.lastIndexOf('/', end - 1);
    if (from.slice(slash + 1, end) !== 'node_modules') paths.push(from.slice(0, end) + '/node_modules');
    end = slash;
  }
  paths.push('/node_modules');
  return paths;
}
Module._nodeModulePathsOf = nodeModulePaths;  // Module._nodeModulePaths: internal/module_search_paths

// --- loading --------------------------------------------------------------------------------------
// (Helpers used once are written inline: in Duktape each function a module defines costs about as
// much at start-up as 40 property reads.)

// As Node: a path request from a directory is resolved once while its module stays cached. (A bare
// name is resolved every time: IoT.js's directories follow the working directory.)
var relativeResolveCache = {};

Module._load = function (request, parent, isMain) {
  if (request.indexOf('node:') === 0) {
    var id = request.slice(5);
    if (!isBuiltin(id)) {
      throw require('internal/errors').makeNodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
        'No such built-in module: ' + request);
    }
    return requireBuiltin(id);
  }
  if (isBuiltin(request)) return requireBuiltin(request);
  var key = null;
  if (parent && (request.charAt(0) === '.' || request.charAt(0) === '/')) {
    key = parent.path + '\x00' + request;
    var known = relativeResolveCache[key];
    if (known !== void 0) {
      var hit = Module._cache[known];
      if (hit !== void 0) {
        if (parent.children && parent.children.indexOf(hit) < 0) parent.children.push(hit);
        return hit.exports;
      }
      delete relativeResolveCache[key];
    }
  }
  var filename = resolution()._resolveFilename(request, parent, isMain);
  var cached = Module._cache[filename];
  if (cached !== void 0) {
    if (parent && parent.children && parent.children.indexOf(cached) < 0) parent.children.push(cached);
    return cached.exports;  // a cycle sees the partial exports
  }
  var mod = new Module(filename, parent);
  if (isMain) {
    process.mainModule = mod;
    mod.id = '.';
  }
  Module._cache[filename] = mod;
  if (key !== null) relativeResolveCache[key] = filename;
  var threw = true;
  try {
    mod.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (key !== null) delete relativeResolveCache[key];
      if (parent && parent.children) {
        var index = parent.children.indexOf(mod);
        if (index >= 0) parent.children.splice(index, 1);
      }
    }
  }
  return mod.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(dirname(filename));
  // The handler of the longest registered extension of the file's name (".js" for any other name).
  var handler = Module._extensions['.js'];
  var dot = filename.indexOf('.', filename.lastIndexOf('/') + 2);
  while (dot > 0) {
    var ext = Module._extensions[filename.slice(dot)];
    if (ext) {
      handler = ext;
      break;
    }
    dot = filename.indexOf('.', dot + 1);
  }
  handler(this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  validateString(id, 'id');
  if (id === '') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function (source, filename) {
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  var fn = binding.compile(source, filename);
  var require = makeRequire(this);
  fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
};

function makeRequire(mod) {
  function require(request) { return mod.require(request); }
  function resolve(request, options) {
    validateString(request, 'request');
    return resolution()._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return resolution()._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
Module._makeRequire = makeRequire;

Module.runMain = function (file) {
  // realpath() resolves a relative name against the working directory too.
  var filename = binding.realpath(file);
  if (typeof filename === 'number') filename = path.resolve(file);
  var mod = new Module(filename, null);
  mod.id = '.';
  process.mainModule = mod;
  Module._cache[filename] = mod;
  mod.load(filename);
};

// The module of code that is not a file (no require.main, as in Node): it resolves requires from
// the working directory.
function evalModule() {
  var cwd = process.cwd();
  var mod = new Module('[eval]');
  mod.filename = path.join(cwd, '[eval]');
  mod.paths = nodeModulePaths(cwd);
  return mod;
}

Module.runEval = function (code) {
  evalModule()._compile(code, '[eval]');
};

// A built-in module's export as the main program (serve --script's wrapper): it is called with the
// host's configuration and a require() for files, the one eval code would have.
Module.runBuiltin = function (main, config) {
  main(config, makeRequire(evalModule()));
};

module.exports = Module;
