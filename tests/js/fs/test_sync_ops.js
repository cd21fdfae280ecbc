'use strict';
// The Sync forms: descriptors, positions, paths, links, modes, times.
var assert = require('assert');
var fs = require('fs');
var path = require('path');
var dir = require('./tmpdir').make('sync');
var Buffer = require('buffer').Buffer;

var f = path.join(dir, 'a.bin');
var fd = fs.openSync(f, 'w+');
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, Buffer.from('hello world')), 11);
assert.strictEqual(fs.writeSync(fd, 'HELLO', 0), 5);             // string at position 0
assert.strictEqual(fs.writeSync(fd, Buffer.from('xxABxx'), 2, 2, 20), 2);  // offset/length, past the end
var buf = Buffer.alloc(30);
assert.strictEqual(fs.readSync(fd, buf, 0, 30, 0), 22);
assert.deepStrictEqual(buf.slice(0, 22), Buffer.concat([Buffer.from('HELLO world'), Buffer.alloc(9), Buffer.from('AB')]));
assert.strictEqual(fs.readSync(fd, buf, { offset: 1, length: 3, position: 6 }), 3);
assert.strictEqual(buf.toString('latin1', 1, 4), 'wor');
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
assert.strictEqual(fs.fstatSync(fd).size, 22);
fs.ftruncateSync(fd, 5);
assert.strictEqual(fs.fstatSync(fd).size, 5);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fchmodSync(fd, 384);
assert.strictEqual(fs.fstatSync(fd).mode & 511, 384);
fs.futimesSync(fd, 1000, 2000);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 2000000);
fs.closeSync(fd);
assert.throws(function () { fs.closeSync(fd); }, { code: 'EBADF', syscall: 'close' });

// Appending, reading at the current position.
fd = fs.openSync(f, 'a');
fs.writeSync(fd, '12');
fs.closeSync(fd);
fd = fs.openSync(f, 'r');
var small = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, small, 0, 4, null), 4);
assert.strictEqual(fs.readSync(fd, small, 0, 4, null), 3);
assert.strictEqual(small.toString('latin1', 0, 3), 'O12');
assert.strictEqual(fs.readSync(fd, small, 0, 4, null), 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'HELLO12');

// Numeric flags and exclusive creation.
var g = path.join(dir, 'b.txt');
fd = fs.openSync(g, fs.constants.O_CREAT | fs.constants.O_WRONLY, 420);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(g).mode & 448, 384);  // owner rw- (the umask may clear the others)
assert.throws(function () { fs.openSync(g, 'wx'); }, { code: 'EEXIST', syscall: 'open', path: g });

// Paths: rename, copy, link, symlink, truncate, access, chmod, utimes.
fs.renameSync(g, path.join(dir, 'c.txt'));
assert.strictEqual(fs.existsSync(g), false);
assert.strictEqual(fs.existsSync(path.join(dir, 'c.txt')), true);
fs.copyFileSync(f, path.join(dir, 'copy'));
assert.strictEqual(fs.readFileSync(path.join(dir, 'copy'), 'utf8'), 'HELLO12');
assert.throws(function () { fs.copyFileSync(f, path.join(dir, 'copy'), fs.constants.COPYFILE_EXCL); },
  { code: 'EEXIST', syscall: 'copyfile', path: f, dest: path.join(dir, 'copy') });
fs.linkSync(f, path.join(dir, 'hard'));
assert.strictEqual(fs.statSync(f).nlink, 2);
fs.symlinkSync('a.bin', path.join(dir, 'sym'));
assert.strictEqual(fs.readlinkSync(path.join(dir, 'sym')), 'a.bin');
assert.strictEqual(fs.lstatSync(path.join(dir, 'sym')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(path.join(dir, 'sym')).isFile(), true);
assert.strictEqual(fs.realpathSync(path.join(dir, 'sym')), fs.realpathSync(f));
assert.strictEqual(fs.realpathSync.native(path.join(dir, 'sym')), fs.realpathSync(f));
fs.truncateSync(path.join(dir, 'copy'), 3);
assert.strictEqual(fs.readFileSync(path.join(dir, 'copy'), 'utf8'), 'HEL');
fs.truncateSync(path.join(dir, 'copy'));
assert.strictEqual(fs.statSync(path.join(dir, 'copy')).size, 0);
fs.accessSync(f);
fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
assert.throws(function () { fs.accessSync(f, fs.constants.X_OK); }, { code: 'EACCES', syscall: 'access' });
fs.chmodSync(f, '755');
assert.strictEqual(fs.statSync(f).mode & 511, 493);
fs.accessSync(f, fs.X_OK);
var when = new Date(1500000000000);
fs.utimesSync(f, when, when);
assert.strictEqual(fs.statSync(f).mtime.getTime(), 1500000000000);
assert.strictEqual(fs.statSync(f).atimeMs, 1500000000000);

// Directories.
fs.mkdirSync(path.join(dir, 'd'));
fs.writeFileSync(path.join(dir, 'd', 'x'), '');
assert.deepStrictEqual(fs.readdirSync(dir), ['a.bin', 'c.txt', 'copy', 'd', 'hard', 'sym']);
var ents = fs.readdirSync(dir, { withFileTypes: true });
assert.deepStrictEqual(ents.map(function (e) {
  return e.name + ':' + (e.isFile() ? 'f' : '') + (e.isDirectory() ? 'd' : '') + (e.isSymbolicLink() ? 'l' : '');
}), ['a.bin:f', 'c.txt:f', 'copy:f', 'd:d', 'hard:f', 'sym:l']);
assert.strictEqual(ents[0].path, dir);
assert.ok(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(fs.readdirSync(dir, { recursive: true }).sort(), ['a.bin', 'c.txt', 'copy', 'd', 'd/x', 'hard', 'sym']);
assert.throws(function () { fs.rmdirSync(path.join(dir, 'd')); }, { code: 'ENOTEMPTY', syscall: 'rmdir' });
fs.unlinkSync(path.join(dir, 'd', 'x'));
fs.rmdirSync(path.join(dir, 'd'));
assert.strictEqual(fs.existsSync(path.join(dir, 'd')), false);
var t = fs.mkdtempSync(path.join(dir, 'tmp-'));
assert.ok(/tmp-[A-Za-z0-9]{6}$/.test(t));
assert.ok(fs.statSync(t).isDirectory());
console.log('ok');
