'use strict';
// require('module'): the Module class behind require(), with Node's static helpers (createRequire,
// builtinModules, isBuiltin, _resolveFilename, _nodeModulePaths, ...).

var Module = require('internal/module')._loadResolution();
require('internal/module_search_paths');  // Module.globalPaths, Module.createRequire
if (!Module.builtinModules) Module.builtinModules = process._binding('module').builtinNames().sort();

module.exports = Module;
