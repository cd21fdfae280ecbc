'use strict';
// fs.ReadStream / fs.WriteStream: events in Node's order, start/end, highWaterMark, bytesRead,
// bytesWritten, path, pending, and errors for a missing file.
var assert = require('assert');
var common = require('../common');
var fs = require('fs');
var path = require('path');
var Buffer = require('buffer').Buffer;
var dir = require('./tmpdir').make('streams');

var src = path.join(dir, 'src.txt');
var data = '';
for (var i = 0; i < 1000; i++) data += 'line ' + i + '\n';
fs.writeFileSync(src, data);

function readAll(rs, done) {
  var chunks = [];
  var events = [];
  rs.on('open', function (fd) { assert.strictEqual(typeof fd, 'number'); events.push('open'); });
  rs.on('ready', function () { events.push('ready'); });
  rs.on('data', function (c) { chunks.push(c); });
  rs.on('end', function () { events.push('end'); });
  rs.on('close', common.mustCall(function () {
    events.push('close');
    done(typeof chunks[0] === 'string' ? chunks.join('') : Buffer.concat(chunks), events, chunks.length);
  }));
}

var rs = fs.createReadStream(src, { highWaterMark: 1000 });
assert.ok(rs instanceof fs.ReadStream);
assert.strictEqual(rs.path, src);
assert.strictEqual(rs.pending, true);
readAll(rs, common.mustCall(function (all, events, count) {
  assert.strictEqual(all.toString(), data);
  assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
  assert.strictEqual(count, Math.ceil(data.length / 1000));
  assert.strictEqual(rs.bytesRead, data.length);
}));
rs.on('open', function () { assert.strictEqual(rs.pending, false); });

// start/end are inclusive byte positions; an encoding gives strings.
readAll(fs.createReadStream(src, { start: 5, end: 9, encoding: 'utf8' }), common.mustCall(function (all) {
  assert.strictEqual(all, '0\nlin');
}));
readAll(fs.createReadStream(src, { start: data.length - 3 }), common.mustCall(function (all) {
  assert.strictEqual(all.toString(), '99\n');
}));
assert.throws(function () { fs.createReadStream(src, { start: 5, end: 2 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { fs.createReadStream(src, { start: -1 }); }, { code: 'ERR_OUT_OF_RANGE' });

// A missing file: 'error' with the open error, then 'close'; no 'open'.
var bad = fs.createReadStream(path.join(dir, 'missing'));
var badEvents = [];
bad.on('open', common.mustNotCall());
bad.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  badEvents.push('error');
}));
bad.on('close', common.mustCall(function () {
  badEvents.push('close');
  assert.deepStrictEqual(badEvents, ['error', 'close']);
}));

// WriteStream: writes in order, 'finish' then 'close', bytesWritten, start position, flags.
var out = path.join(dir, 'out.txt');
var ws = fs.createWriteStream(out);
assert.ok(ws instanceof fs.WriteStream);
var wsEvents = [];
ws.on('open', function () { wsEvents.push('open'); });
ws.on('ready', function () { wsEvents.push('ready'); });
ws.on('finish', function () { wsEvents.push('finish'); });
ws.on('close', common.mustCall(function () {
  wsEvents.push('close');
  assert.deepStrictEqual(wsEvents, ['open', 'ready', 'finish', 'close']);
  assert.strictEqual(ws.bytesWritten, 12);
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello wörld');
  patch();
}));
ws.write('hello ');
ws.write(Buffer.from('w\u00f6'));
ws.end('rld');

function patch() {
  var ws2 = fs.createWriteStream(out, { flags: 'r+', start: 6 });
  ws2.end('W', common.mustCall(function () {
    ws2.on('close', common.mustCall(function () {
      assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello Wörld');
      appendAndClose();
    }));
  }));
}

function appendAndClose() {
  var ws3 = fs.createWriteStream(out, { flags: 'a' });
  ws3.write('!');
  ws3.close(common.mustCall(function () {
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'hello Wörld!');
    piped();
  }));
}

// A pipe between the two, with a small highWaterMark so the copy takes many reads.
function piped() {
  var copy = path.join(dir, 'copy.txt');
  var r = fs.createReadStream(src, { highWaterMark: 512 });
  var w = fs.createWriteStream(copy, { highWaterMark: 256 });
  r.pipe(w);
  w.on('close', common.mustCall(function () {
    assert.strictEqual(fs.readFileSync(copy, 'utf8'), data);
    assert.strictEqual(w.bytesWritten, data.length);
    destroyEarly();
  }));
}

// Destroying a stream while its read is in flight closes the descriptor once the read is done.
function destroyEarly() {
  var r = fs.createReadStream(src);
  r.on('open', function () {
    r.destroy();
  });
  r.on('close', common.mustCall(function () {
    assert.strictEqual(r.destroyed, true);
  }));
}

// An existing descriptor: no 'open', and autoClose false leaves it open.
var fd = fs.openSync(src, 'r');
var byFd = fs.createReadStream(null, { fd: fd, autoClose: false, end: 4 });
byFd.on('open', common.mustNotCall());
byFd.on('data', function () {});
byFd.on('end', common.mustCall(function () {
  setImmediate(function () {
    assert.strictEqual(fs.fstatSync(fd).size, data.length);
    fs.closeSync(fd);
  });
}));
