'use strict';
// The built-in names that are another module's member in Node: process, util/types, assert/strict,
// path/posix (also as node:NAME), and require('module').builtinModules listing them.
var assert = require('assert');
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.strictEqual(require('util/types'), require('util').types);
assert.strictEqual(require('assert/strict'), require('assert').strict);
assert.strictEqual(require('node:assert/strict'), require('assert').strict);
assert.strictEqual(require('path/posix'), require('path').posix);
var names = require('module').builtinModules;
['process', 'util/types', 'assert/strict', 'path/posix', 'net', 'module'].forEach(function (name) {
  assert.ok(names.indexOf(name) >= 0, name);
});
assert.strictEqual(names.some(function (n) { return n.indexOf('internal/') === 0; }), false);
