'use strict';
// Node's resolution: node_modules walk, package.json "main" as a file or directory, index.js/.json,
// trailing slashes, built-ins before files, and the errors for what cannot be found or parsed.
var assert = require('assert');
var path = require('path');
var fixtures = path.join(__dirname, 'fixtures');

// node_modules walk from the requiring module's directory (walk/deep -> walk/node_modules)
var inner = require('./fixtures/walk/deep/inner');
assert.strictEqual(inner.walkdep.name, 'walkdep');
assert.deepStrictEqual(inner.paths.slice(0, 3), [
  path.join(fixtures, 'walk', 'deep', 'node_modules'),
  path.join(fixtures, 'walk', 'node_modules'),
  path.join(fixtures, 'node_modules')
]);
assert.strictEqual(inner.paths[inner.paths.length - 1], '/node_modules');
// Inside a node_modules directory no node_modules/node_modules is searched.
assert.deepStrictEqual(inner.walkdep.paths.slice(0, 2), [
  path.join(fixtures, 'walk', 'node_modules', 'walkdep', 'node_modules'),
  path.join(fixtures, 'walk', 'node_modules')
]);
assert.deepStrictEqual(require('module')._nodeModulePaths('/a/node_modules/b'),
  ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(require('module')._nodeModulePaths('/'), ['/node_modules']);

// A built-in name wins over a file of that name in node_modules.
assert.strictEqual(inner.events, require('events'));
assert.strictEqual(inner.events.shadow, undefined);

// package.json "main": a directory (its index.js), a name without extension; index.json
assert.strictEqual(require('./fixtures/pkgdir'), 'pkgdir/lib/index.js');
assert.strictEqual(require('./fixtures/pkgnoext'), 'pkgnoext/start.js');
assert.deepStrictEqual(require('./fixtures/pkgjson'), { value: 'pkgjson/index.json' });
// A "main" that names nothing falls back to index.js (Node warns DEP0128 on stderr).
assert.strictEqual(require('./fixtures/badmain'), 'badmain/index.js');
assert.throws(function () { require('./fixtures/badmain_noindex'); }, function (err) {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, "Cannot find module '" + path.join(fixtures, 'badmain_noindex', 'missing.js') +
    "'. Please verify that the package.json has a valid \"main\" entry");
  assert.strictEqual(err.path, path.join(fixtures, 'badmain_noindex', 'package.json'));
  assert.strictEqual(err.requestPath, './fixtures/badmain_noindex');
  return true;
});
// A package.json that is not JSON: Node's message names the file (the parser's words differ).
assert.throws(function () { require('./fixtures/badjson'); }, function (err) {
  var jsonPath = path.join(fixtures, 'badjson', 'package.json');
  assert.strictEqual(err.message.indexOf('Error parsing ' + jsonPath + ': '), 0, err.message);
  assert.strictEqual(err.path, jsonPath);
  return true;
});
// A .json module that is not JSON: a SyntaxError whose message starts with the file's path.
assert.throws(function () { require('./fixtures/broken.json'); }, function (err) {
  assert.ok(err instanceof SyntaxError);
  assert.strictEqual(err.message.indexOf(path.join(fixtures, 'broken.json') + ': '), 0, err.message);
  return true;
});

// Trailing slash: a directory is meant.
assert.strictEqual(require('./fixtures/pkg/').from, 'pkg/index.js');
assert.throws(function () { require('./fixtures/counter/'); }, { code: 'MODULE_NOT_FOUND' });

// A missing module: Node's message with the require stack, innermost first.
assert.throws(inner.missing, function (err) {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [path.join(fixtures, 'walk', 'deep', 'inner.js'), __filename]);
  assert.strictEqual(err.message, "Cannot find module './no-such-file'\nRequire stack:\n- " +
    err.requireStack.join('\n- '));
  return true;
});
assert.throws(function () { require('node:no-such-builtin'); }, {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:no-such-builtin'
});
console.log('resolution ok');
