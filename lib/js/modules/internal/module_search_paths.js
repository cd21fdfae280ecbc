'use strict';
// The directories a bare name is looked for in after the node_modules directories: Node's global
// ones, then IoT.js's; and require.resolve's { paths } and Module.createRequire, which start the
// lookup elsewhere. Loaded on first use (see internal/module.js for the whole order).

var path = require('path');
var Module = require('internal/module');

Module._nodeModulePaths = function (from) {
  return Module._nodeModulePathsOf(path.resolve(from));
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

exports.nodeGlobalPaths = nodeGlobalPaths;

// Reads the environment again: scripts that set process.env.NODE_PATH call this, as with Node.
Module._initPaths = function () {
  globalPaths = null;
  nodeGlobalPaths();
};

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

// require.resolve(request, { paths }): each given directory as if a module there required it,
// without repeats; a ./ or ../ request is taken relative to each directory as given.
exports.fromOptionPaths = function (request, optionPaths) {
  if (request.charAt(0) === '.' && (request.charAt(1) === '/' || request.slice(1, 3) === './')) return optionPaths;
  var fakeParent = new Module('', null);
  var paths = [];
  for (var i = 0; i < optionPaths.length; i++) {
    fakeParent.paths = Module._nodeModulePaths(optionPaths[i]);
    var lookup = Module._resolveLookupPaths(request, fakeParent);
    for (var j = 0; j < lookup.length; j++) if (paths.indexOf(lookup[j]) < 0) paths.push(lookup[j]);
  }
  return paths;
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

