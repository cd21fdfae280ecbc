'use strict';
var assert = require('assert');
var path = require('path');

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);

[['/a/b/../c/./d', '/a/c/d'], ['a//b', 'a/b'], ['', '.'], ['./', './'], ['..', '..'], ['/..', '/'],
 ['a/b/', 'a/b/'], ['../../x', '../../x'], ['/a/b/c/../../..', '/']].forEach(function (c) {
  assert.strictEqual(path.normalize(c[0]), c[1], 'normalize ' + c[0]);
});
assert.strictEqual(path.join('/a', 'b', '../c'), '/a/c');
assert.strictEqual(path.join('a', '', 'b'), 'a/b');
assert.strictEqual(path.join(), '.');
assert.strictEqual(path.resolve('/a/b', './c'), '/a/b/c');
assert.strictEqual(path.resolve('/a/b', '/c', 'd'), '/c/d');
assert.strictEqual(path.resolve('x'), process.cwd() + '/x');
assert.strictEqual(path.resolve(), process.cwd());
assert.strictEqual(path.isAbsolute('/x'), true);
assert.strictEqual(path.isAbsolute('x'), false);
assert.strictEqual(path.dirname('/a/b/c'), '/a/b');
assert.strictEqual(path.dirname('/a/b/'), '/a');
assert.strictEqual(path.dirname('a'), '.');
assert.strictEqual(path.dirname('/'), '/');
assert.strictEqual(path.basename('/a/b/c.js'), 'c.js');
assert.strictEqual(path.basename('/a/b/c.js', '.js'), 'c');
assert.strictEqual(path.basename('/a/b/'), 'b');
assert.strictEqual(path.extname('index.html'), '.html');
assert.strictEqual(path.extname('index.'), '.');
assert.strictEqual(path.extname('.bashrc'), '');
assert.strictEqual(path.extname('a.b.c'), '.c');
assert.strictEqual(path.relative('/a/b/c', '/a/d'), '../../d');
assert.strictEqual(path.relative('/a', '/a'), '');
assert.deepStrictEqual(path.parse('/home/u/file.txt'),
  { root: '/', dir: '/home/u', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(path.parse('file'), { root: '', dir: '', base: 'file', ext: '', name: 'file' });
assert.strictEqual(path.format({ dir: '/home/u', base: 'file.txt' }), '/home/u/file.txt');
assert.strictEqual(path.format({ root: '/', name: 'f', ext: '.e' }), '/f.e');
assert.throws(function () { path.join(1); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { path.dirname(null); }, TypeError);
