'use strict';
// package.json "exports" (Node v20): conditions, subpaths, "*" patterns, null, fallback arrays, the
// main-entry sugar forms, and Node's errors; "main" is ignored when "exports" is there.
var assert = require('assert');
var path = require('path');
var use = require('./fixtures/exports/use');
var nm = path.join(__dirname, 'fixtures', 'exports', 'node_modules');

assert.strictEqual(use('pk'), 'cjs', '"require" condition, not "import", not "main"');
assert.strictEqual(use.resolve('pk'), path.join(nm, 'pk', 'lib', 'cjs.js'));
assert.strictEqual(use('pk/feat/a'), 'a', 'a "*" pattern');
assert.strictEqual(use('pk/sub'), 'sub', 'the first valid target of an array');
assert.strictEqual(use('pk/package.json').name, 'pk');
assert.strictEqual(use('@scope/sugar'), '@scope/sugar entry', 'a string "exports" in a scoped package');
assert.strictEqual(use('conds'), 'conds node require', 'nested conditions, in their order');

function notExported(subpath, pkg) {
  return {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: 'Package subpath \'' + subpath + '\' is not defined by "exports" in ' + path.join(nm, pkg, 'package.json')
  };
}
assert.throws(function () { use('pk/lib/old.js'); }, notExported('./lib/old.js', 'pk'));
assert.throws(function () { use('pk/feat/private/x'); }, notExported('./feat/private/x', 'pk'));
assert.throws(function () { use('@scope/sugar/entry.js'); }, notExported('./entry.js', '@scope/sugar'));
assert.throws(function () { use('pk/missing'); }, function (err) {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, "Cannot find module '" + path.join(nm, 'pk', 'lib', 'missing.js') + "'");
  assert.strictEqual(err.path, path.join(nm, 'pk', 'package.json'));
  return true;
});
assert.throws(function () { use('pk/bad'); }, {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: 'Invalid "exports" target "../outside.js" defined for \'./bad\' in the package config ' +
    path.join(nm, 'pk', 'package.json') + '; targets must start with "./"'
});
assert.throws(function () { use('mixed/a'); }, { code: 'ERR_INVALID_PACKAGE_CONFIG' });
console.log('package exports ok');
