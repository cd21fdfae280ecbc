'use strict';
var assert = require('assert');
var path = require('path');

// ./x with and without extension, ../x, directory with index.js, .json
assert.strictEqual(require('./fixtures/counter').next(), 1);
assert.strictEqual(require('./fixtures/counter.js').next(), 2, 'same module instance from the cache');
var pkg = require('./fixtures/pkg');
assert.strictEqual(pkg.from, 'pkg/index.js');
assert.strictEqual(pkg.dirname, path.join(__dirname, 'fixtures', 'pkg'));
assert.strictEqual(pkg.filename, path.join(__dirname, 'fixtures', 'pkg', 'index.js'));
var data = require('./fixtures/data.json');
assert.deepStrictEqual(data, { answer: 42, list: [1, 2, 3] });
assert.strictEqual(require('./fixtures/data'), data, '.json resolved without extension and cached');
assert.strictEqual(require('../module/fixtures/counter').next(), 3, '../ path resolves to the same file');
assert.strictEqual(require(path.join(__dirname, 'fixtures', 'counter.js')).next(), 4, 'absolute path');
// node_modules lookup with package.json "main", from a module inside fixtures/
assert.strictEqual(require('./fixtures/node_modules/dep'), 'dep main');
assert.strictEqual(require.resolve('./fixtures/counter'), path.join(__dirname, 'fixtures', 'counter.js'));
assert.ok(require.cache[path.join(__dirname, 'fixtures', 'counter.js')]);
assert.strictEqual(typeof module.exports, 'object');
assert.strictEqual(require.main, module);
