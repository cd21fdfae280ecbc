'use strict';
// CommonJS modules from files: resolution (./x, ../x, /abs, .js, .json, index.js, package.json
// "main", node_modules), the cache, and cycles (a module's partial exports are visible while it loads).

var path = require('path');

var requireBuiltin = null;
var binding = null;

function Module(id, parent) {
  this.id = id;
  this.filename = id;
  this.exports = {};
  this.parent = parent || null;
  this.children = [];
  this.loaded = false;
  this.paths = [];
}

Module._cache = {};
Module._extensions = ['.js', '.json'];

Module._setBuiltinLoader = function (loader, moduleBinding) {
  requireBuiltin = loader;
  binding = moduleBinding;
};

function stripPrefix(name) {
  return name.indexOf('node:') === 0 ? name.slice(5) : name;
}

function isBuiltin(name) {
  return name.indexOf('internal/') !== 0 && binding.hasBuiltin(name);
}

function tryFile(p) {
  return binding.stat(p) === 1 ? p : null;
}

function tryExtensions(p) {
  var found = tryFile(p);
  if (found) return found;
  for (var i = 0; i < Module._extensions.length; i++) {
    found = tryFile(p + Module._extensions[i]);
    if (found) return found;
  }
  return null;
}

function tryDirectory(p) {
  if (binding.stat(p) !== 2) return null;
  var pkgFile = path.join(p, 'package.json');
  if (binding.stat(pkgFile) === 1) {
    var main;
    try { main = JSON.parse(binding.readFile(pkgFile)).main; } catch (e) { main = void 0; }
    if (typeof main === 'string' && main) {
      var m = tryExtensions(path.resolve(p, main)) || tryDirectoryIndex(path.resolve(p, main));
      if (m) return m;
    }
  }
  return tryDirectoryIndex(p);
}

function tryDirectoryIndex(p) {
  return tryFile(path.join(p, 'index.js')) || tryFile(path.join(p, 'index.json'));
}

function notFound(request, parent) {
  var msg = "Cannot find module '" + request + "'";
  if (parent && parent.filename) msg += '\nRequire stack:\n- ' + parent.filename;
  var err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  return err;
}

Module._resolveFilename = function (request, parent) {
  if (typeof request !== 'string') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('request', 'of type string', request);
  }
  var found;
  var isPath = request.charAt(0) === '/' || request === '.' || request === '..' ||
    request.indexOf('./') === 0 || request.indexOf('../') === 0;
  if (isPath) {
    var base = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    var abs = path.resolve(base, request);
    found = tryExtensions(abs) || tryDirectory(abs);
  } else {
    // node_modules lookup, walking up from the requiring module's directory.
    var dir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    for (;;) {
      if (path.basename(dir) !== 'node_modules') {
        var candidate = path.join(dir, 'node_modules', request);
        found = tryExtensions(candidate) || tryDirectory(candidate);
        if (found) break;
      }
      var up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  if (!found) throw notFound(request, parent);
  try { return binding.realpath(found); } catch (e) { return found; }
};

Module.prototype.require = function (request) {
  // Node's checks and wording, before anything reads the id.
  if (typeof request !== 'string') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('id', 'of type string', request);
  }
  if (request === '') {
    throw require('internal/errors').codes.ERR_INVALID_ARG_VALUE('id', request, 'must be a non-empty string');
  }
  var name = stripPrefix(request);
  if (typeof request === 'string' && (request !== name || isBuiltin(name))) {
    if (!isBuiltin(name)) throw notFound(request, this);
    return requireBuiltin(name);
  }
  return Module._load(request, this);
};

Module._load = function (request, parent) {
  var filename = Module._resolveFilename(request, parent);
  var cached = Module._cache[filename];
  if (cached) return cached.exports;  // a cycle sees the partial exports
  var mod = new Module(filename, parent);
  if (parent) parent.children.push(mod);
  Module._cache[filename] = mod;
  var ok = false;
  try {
    mod.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return mod.exports;
};

Module.prototype.load = function (filename) {
  var source = binding.readFile(filename);
  if (path.extname(filename) === '.json') {
    try {
      this.exports = JSON.parse(source);
    } catch (e) {
      e.message = filename + ': ' + e.message;
      throw e;
    }
  } else {
    this._compile(source, filename);
  }
  this.loaded = true;
};

Module.prototype._compile = function (source, filename) {
  var fn = binding.compile(source, filename);
  fn.call(this.exports, this.exports, makeRequire(this), this, filename, path.dirname(filename));
};

function makeRequire(mod) {
  function require(request) { return mod.require(request); }
  require.resolve = function (request) {
    var name = stripPrefix(request);
    if (request !== name || isBuiltin(name)) return name;
    return Module._resolveFilename(request, mod);
  };
  require.cache = Module._cache;
  require.main = Module.mainModule;
  return require;
}

Module.builtinModules = null;

Module.runMain = function (file) {
  var filename = path.resolve(process.cwd(), file);
  try { filename = binding.realpath(filename); } catch (e) { /* reported by load */ }
  var mod = new Module('.', null);
  mod.filename = filename;
  Module.mainModule = mod;
  process.mainModule = mod;
  Module._cache[filename] = mod;
  mod.load(filename);
};

// The main module of code that is not a file: it resolves requires from the working directory.
function evalModule() {
  var mod = new Module('[eval]', null);
  mod.filename = path.join(process.cwd(), '[eval]');
  Module.mainModule = mod;
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
