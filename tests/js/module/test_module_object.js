'use strict';
// The module object, require.main, require.cache, require.resolve(.paths), module.require and
// require('module'), checked against Node v20.
var assert = require('assert');
var path = require('path');
var Module = require('module');
var fixtures = path.join(__dirname, 'fixtures');

assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.loaded, false, 'not loaded while it runs');
assert.strictEqual(module.parent, null);
assert.strictEqual(typeof module.require, 'function');
assert.ok(module instanceof Module);

var inner = require('./fixtures/walk/deep/inner');
var innerFile = path.join(fixtures, 'walk', 'deep', 'inner.js');
var innerModule = require.cache[innerFile];
assert.strictEqual(innerModule.id, innerFile);
assert.strictEqual(innerModule.exports, inner);
assert.strictEqual(innerModule.loaded, true);
assert.strictEqual(inner.loadedWhileRunning, false);
assert.strictEqual(inner.parentIsRequirer, module);
assert.strictEqual(inner.mainModule, module, 'require.main is the main module in every module');
assert.ok(module.children.indexOf(innerModule) >= 0);
assert.strictEqual(module.require('./fixtures/walk/deep/inner'), inner);

// require.cache: keyed by the resolved filename; deleting an entry makes the next require reload.
var first = require('./fixtures/reload');
assert.strictEqual(require('./fixtures/reload.js'), first);
var reloadFile = require.resolve('./fixtures/reload');
assert.strictEqual(require.cache[reloadFile].exports, first);
delete require.cache[reloadFile];
var second = require('./fixtures/reload');
assert.notStrictEqual(second, first);
assert.strictEqual(second.count, first.count + 1);

// require.resolve: built-ins as given, files as absolute paths, { paths } to search from elsewhere.
assert.strictEqual(require.resolve('net'), 'net');
assert.strictEqual(require.resolve('node:net'), 'node:net');
assert.strictEqual(require.resolve('./fixtures/pkgdir'), path.join(fixtures, 'pkgdir', 'lib', 'index.js'));
assert.strictEqual(require.resolve('walkdep', { paths: [path.join(fixtures, 'walk', 'deep')] }),
  path.join(fixtures, 'walk', 'node_modules', 'walkdep', 'index.js'));
assert.strictEqual(require.resolve('./counter', { paths: [fixtures] }), path.join(fixtures, 'counter.js'));
assert.throws(function () { require.resolve('walkdep'); }, { code: 'MODULE_NOT_FOUND' });
assert.throws(function () { require.resolve('x', { paths: 'nope' }); }, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { require.resolve(42); }, {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "request" argument must be of type string. Received type number (42)'
});
assert.strictEqual(require.resolve.paths('net'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('x').slice(0, module.paths.length), module.paths);
assert.deepStrictEqual(module.paths[0], path.join(__dirname, 'node_modules'));

// require('module')
assert.ok(Module.builtinModules.indexOf('net') >= 0);
assert.ok(Module.builtinModules.indexOf('events') >= 0);
assert.strictEqual(Module.isBuiltin('net'), true);
assert.strictEqual(Module.isBuiltin('node:events'), true);
assert.strictEqual(Module.isBuiltin('no-such-module'), false);
var req = Module.createRequire(path.join(fixtures, 'walk', 'deep', 'x.js'));
assert.strictEqual(req('walkdep'), inner.walkdep);
assert.strictEqual(req('./inner'), inner);
assert.throws(function () { Module.createRequire('relative/x.js'); }, { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(typeof Module._resolveFilename, 'function');
assert.strictEqual(typeof Module._load, 'function');
process.on('exit', function () { assert.strictEqual(module.loaded, true); });
console.log('module object ok');
