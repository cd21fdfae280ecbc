'use strict';
// package.json "exports" for require() of a package in a node_modules directory, as Node v20 resolves
// it: a string, an array of fallbacks, conditions ("require", "node", "node-addons", "default"), subpath
// keys and "*" patterns, null for a hidden path; with Node's errors. Loaded when a package that has an
// "exports" field is required.

var path = require('path');
var binding = process._binding('module');
var makeNodeError = require('internal/errors').makeNodeError;

var conditions = { require: true, node: true, 'node-addons': true, 'default': true };

function pathNotExported(subpath, pkgDir) {
  var where = pkgDir + '/package.json';
  return makeNodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.' ?
    'No "exports" main defined in ' + where :
    "Package subpath '" + subpath + "' is not defined by \"exports\" in " + where);
}

function invalidTarget(target, key, pkgDir) {
  return makeNodeError(Error, 'ERR_INVALID_PACKAGE_TARGET', 'Invalid "exports" target ' + JSON.stringify(target) +
    " defined for '" + key + "' in the package config " + pkgDir + '/package.json; targets must start with "./"');
}

function invalidConfig(pkgDir, why) {
  return makeNodeError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
    'Invalid package config ' + pkgDir + '/package.json. ' + why);
}

// A target's segments may not leave the package or reach into a node_modules directory.
function badSegments(p) {
  var parts = p.split('/');
  for (var i = 1; i < parts.length; i++) {
    var s = parts[i];
    if (s === '' || s === '.' || s === '..' || s === 'node_modules') return true;
  }
  return false;
}

// The file a target names, undefined when no condition matched, null when the path is hidden.
function resolveTarget(target, subpath, key, pkgDir, isPattern) {
  if (typeof target === 'string') {
    if (target.slice(0, 2) !== './' || badSegments(target)) throw invalidTarget(target, key, pkgDir);
    if (isPattern) target = target.split('*').join(subpath);
    else target += subpath;
    if (badSegments(target)) throw invalidTarget(target, key, pkgDir);
    return path.join(pkgDir, target);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    var lastError = null;
    for (var i = 0; i < target.length; i++) {
      var resolved;
      try {
        resolved = resolveTarget(target[i], subpath, key, pkgDir, isPattern);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === void 0) continue;
      if (resolved === null) { lastError = null; continue; }
      return resolved;
    }
    if (lastError !== null) throw lastError;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    var keys = Object.keys(target);
    for (var k = 0; k < keys.length; k++) {
      if (!conditions[keys[k]]) continue;
      var r = resolveTarget(target[keys[k]], subpath, key, pkgDir, isPattern);
      if (r !== void 0) return r;
    }
    return void 0;
  }
  if (target === null) return null;
  throw invalidTarget(target, key, pkgDir);
}

// Whether "exports" is the main entry itself (a string, an array, or conditions) rather than a map
// of subpaths.
function isMainSugar(exports, pkgDir) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  var keys = Object.keys(exports);
  var dotted = 0;
  for (var i = 0; i < keys.length; i++) if (keys[i].charAt(0) === '.') dotted++;
  if (dotted !== 0 && dotted !== keys.length) {
    throw invalidConfig(pkgDir, '"exports" cannot contain some keys starting with \'.\' and some not. ' +
      'The exports object must either be an object of package subpath keys or an object of main entry ' +
      'condition name keys only.');
  }
  return dotted === 0;
}

// Node's order of pattern keys: the longer prefix before "*" wins, then the longer key.
function patternKeyCompare(a, b) {
  var aStar = a.indexOf('*');
  var bStar = b.indexOf('*');
  var baseA = aStar === -1 ? a.length : aStar + 1;
  var baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// resolve(pkgDir, exports, subpath) -> the file "exports" maps './sub' (or '.') to; throws Node's
// errors for a path it does not export or a target that is not allowed.
exports.resolve = function (pkgDir, exports, subpath) {
  if (isMainSugar(exports, pkgDir)) exports = { '.': exports };
  var target;
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && subpath.indexOf('*') < 0 &&
      subpath.charAt(subpath.length - 1) !== '/') {
    target = resolveTarget(exports[subpath], '', subpath, pkgDir, false);
  } else {
    var bestMatch = '';
    var bestSubpath;
    var keys = Object.keys(exports);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var star = key.indexOf('*');
      if (star === -1 || subpath.slice(0, star) !== key.slice(0, star)) continue;
      var trailer = key.slice(star + 1);
      if (subpath.length >= key.length && subpath.slice(subpath.length - trailer.length) === trailer &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === star) {
        bestMatch = key;
        bestSubpath = subpath.slice(star, subpath.length - trailer.length);
      }
    }
    if (bestMatch) target = resolveTarget(exports[bestMatch], bestSubpath, bestMatch, pkgDir, true);
  }
  if (target === null || target === void 0) throw pathNotExported(subpath, pkgDir);
  return target;
};

// A request's package name and subpath ("@scope/name" or "name", then "/sub").
var packageName = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// resolveRequest(pkgDir, exports, request) -> the existing file "exports" maps the request to, false
// for a request that is no package name; MODULE_NOT_FOUND (with the package.json as its path) when
// the file it maps to is missing.
exports.resolveRequest = function (pkgDir, exportsField, request) {
  var m = packageName.exec(request);
  if (m === null) return false;
  var file = exports.resolve(pkgDir, exportsField, '.' + (m[2] || ''));
  if (binding.stat(file) !== 1) {
    var err = new Error("Cannot find module '" + file + "'");
    err.code = 'MODULE_NOT_FOUND';
    err.path = pkgDir + '/package.json';
    throw err;
  }
  return file;
};
