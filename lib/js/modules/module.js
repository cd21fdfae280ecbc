'use strict';
// require('module'): the Module class behind require(), with Node's static helpers (createRequire,
// builtinModules, isBuiltin, _resolveFilename, _nodeModulePaths, ...).

var Module = require('internal/module')._loadResolution();
if (!Module.builtinModules) Module.builtinModules = process._binding('module').builtinNames().sort();

module.exports = Module;
