'use strict';
// Encodings in readFile/writeFile/appendFile, read/write with strings, readdir and readlink.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var Buffer = require('buffer').Buffer;
var dir = require('./tmpdir').make('enc');

var f = path.join(dir, 'f');
var text = 'gr\u00fc\u00dfe \u2603 \ud83d\ude00';
fs.writeFileSync(f, text);
assert.strictEqual(fs.readFileSync(f, 'utf8'), text);
assert.strictEqual(fs.readFileSync(f, { encoding: 'utf-8' }), text);
assert.ok(fs.readFileSync(f).equals(Buffer.from(text)));
assert.ok(fs.readFileSync(f, { encoding: null }).equals(Buffer.from(text)));
assert.strictEqual(fs.readFileSync(f, 'base64'), Buffer.from(text).toString('base64'));
assert.strictEqual(fs.readFileSync(f, 'hex'), Buffer.from(text).toString('hex'));

fs.writeFileSync(f, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'hello');
fs.writeFileSync(f, 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(f, 'ascii'), 'hi');
fs.writeFileSync(f, 'caf\u00e9', 'latin1');
assert.strictEqual(fs.statSync(f).size, 4);
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'caf\u00e9');
fs.writeFileSync(f, '\u00e9', 'utf16le');
assert.deepStrictEqual(Array.prototype.slice.call(fs.readFileSync(f)), [0xe9, 0]);
fs.writeFileSync(f, new Uint8Array([65, 66]));
fs.appendFileSync(f, Buffer.from('C'));
fs.appendFileSync(f, '44', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'ABCD');

var fd = fs.openSync(f, 'w+');
assert.strictEqual(fs.writeSync(fd, 'ff00', 0, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, '\u2603', 2), 3);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'hex'), 'ff00e29883');

fs.writeFileSync(path.join(dir, '\u00e4\u2603'), '');
assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['f', '\u00e4\u2603']);
var asBuffers = fs.readdirSync(dir, 'buffer');
assert.ok(asBuffers.every(function (b) { return Buffer.isBuffer(b); }));
assert.deepStrictEqual(asBuffers.map(function (b) { return b.toString(); }).sort(), ['f', '\u00e4\u2603']);
fs.symlinkSync('\u00e4\u2603', path.join(dir, 'l'));
assert.strictEqual(fs.readlinkSync(path.join(dir, 'l')), '\u00e4\u2603');
assert.ok(fs.readlinkSync(path.join(dir, 'l'), 'buffer').equals(Buffer.from('\u00e4\u2603')));
assert.strictEqual(fs.readFileSync(Buffer.from(path.join(dir, 'l')), 'utf8'), '');

fs.readFile(f, 'hex', common.mustCall(function (err, s) {
  assert.ifError(err);
  assert.strictEqual(s, 'ff00e29883');
  fs.writeFile(f, 'YWJj', 'base64', common.mustCall(function (err) {
    assert.ifError(err);
    fs.appendFile(f, 'd', { encoding: 'utf8' }, common.mustCall(function (err) {
      assert.ifError(err);
      fs.readFile(f, { encoding: 'utf8' }, common.mustCall(function (err, s2) {
        assert.ifError(err);
        assert.strictEqual(s2, 'abcd');
      }));
    }));
  }));
}));

// readFile on a descriptor reads from its current position and leaves it open.
var rfd = fs.openSync(path.join(dir, 'g'), 'w+');
fs.writeSync(rfd, 'abcdef');
fs.readSync(rfd, Buffer.alloc(2), 0, 2, 0);
assert.strictEqual(fs.readFileSync(rfd, 'utf8'), '');
fs.closeSync(rfd);
// A file with no size in its stat (procfs) is read in chunks to its end.
assert.ok(fs.readFileSync('/proc/self/status', 'utf8').indexOf('Name:') === 0);
