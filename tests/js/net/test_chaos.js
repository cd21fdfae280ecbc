'use strict';
// Seeded chaos: a deterministic PRNG picks random operations (new servers, connects — some to
// closed ports —, writes of random sizes, end, destroy, destroy(err), resetAndDestroy, pause,
// resume, setTimeout, setNoDelay, setKeepAlive, ref/unref, server.close) on a pool of sockets
// (clients and accepted) and servers. Only invariants are asserted:
//   - the process never crashes (no uncaught error: every socket and server has an 'error' handler);
//   - every socket emits 'close' exactly once, and nothing after 'close';
//   - every server that was closed emits 'close', and nothing after;
//   - the process exits 0 by itself once everything is closed (the loop drains).
// Seed: process.argv[2] (default below), printed so a failure can be replayed:
//   cd tests/js && netjs net/test_chaos.js SEED     (or: node net/test_chaos.js SEED)
var common = require('../common');
var assert = require('assert');
var net = require('net');

var SEED = process.argv[2] !== undefined ? (Number(process.argv[2]) >>> 0) : 20240611;
var OPS = process.argv[3] !== undefined ? Number(process.argv[3]) : 2000;
console.log('chaos seed ' + SEED + ', ' + OPS + ' ops');
common.deadline(30000);

// xorshift32: plain 32-bit integer ops, identical on Duktape and V8.
var state = SEED || 1;
function rnd() {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state;
}
function below(n) { return rnd() % n; }
function pick(arr) { return arr.length ? arr[below(arr.length)] : null; }

var sockets = [];      // every socket ever seen (client or accepted)
var liveSockets = [];  // not yet closed
var servers = [];      // every server
var liveServers = [];  // listening
var closedPorts = [];  // ports of closed servers: connects there are refused
var stats = { connects: 0, accepted: 0, closes: 0, errors: {}, writes: 0, bytes: 0, serverCloses: 0 };
var finished = false;

function remove(arr, x) {
  var i = arr.indexOf(x);
  if (i >= 0) arr.splice(i, 1);
}

function track(s, kind) {
  var rec = { s: s, kind: kind, closes: 0, id: sockets.length };
  sockets.push(rec);
  liveSockets.push(rec);
  function after(ev) {
    return function () {
      assert.strictEqual(rec.closes, 0, kind + ' socket #' + rec.id + ': \'' + ev + '\' after \'close\' (seed ' + SEED + ')');
    };
  }
  // Not 'lookup': Node v20 emits it when the lookup completes even if the socket was destroyed in
  // the meantime (net.js emitLookup, "XXX it would be great if we could cancel"); netjs does not.
  ['connect', 'data', 'end', 'finish', 'timeout', 'drain', 'ready'].forEach(function (ev) {
    s.on(ev, after(ev));
  });
  s.on('error', function (err) {
    after('error')();
    var code = err.code || err.message;
    stats.errors[code] = (stats.errors[code] || 0) + 1;
  });
  s.on('close', function () {
    rec.closes++;
    assert.strictEqual(rec.closes, 1, kind + ' socket #' + rec.id + ' closed ' + rec.closes + ' times (seed ' + SEED + ')');
    stats.closes++;
    remove(liveSockets, rec);
    maybeDone();
  });
  return rec;
}

function newServer() {
  var mode = below(3);  // 0 echo, 1 sink, 2 talker (writes, may end)
  var srv = net.createServer({ allowHalfOpen: below(2) === 0 }, function (s) {
    stats.accepted++;
    var rec = track(s, 'accepted');
    if (finished) { s.destroy(); return; }
    if (mode === 0) s.on('data', function (d) { if (!s.destroyed && s.writable) s.write(d); });
    else if (mode === 1) s.resume();
    else {
      s.write(Buffer.alloc(1 + below(100000), 'a'));
      if (below(2) === 0) s.end();
      s.resume();
    }
    s.on('end', function () { if (!s.destroyed && s.writable) s.end(); });
    return rec;
  });
  var srec = { srv: srv, closes: 0, closed: false, port: 0, id: servers.length };
  servers.push(srec);
  srv.on('error', function (err) {
    stats.errors['server ' + err.code] = (stats.errors['server ' + err.code] || 0) + 1;
  });
  srv.on('close', function () {
    assert.ok(srec.closed, 'server #' + srec.id + ' emitted close without close() (seed ' + SEED + ')');
    srec.closes++;
    maybeDone();
  });
  srv.listen(0, below(4) === 0 ? 'localhost' : '127.0.0.1', function () {
    if (srec.closed) return;
    srec.port = srv.address().port;
    liveServers.push(srec);
  });
}

function closeServer(srec) {
  if (!srec || srec.closed) return;
  srec.closed = true;
  stats.serverCloses++;
  remove(liveServers, srec);
  if (srec.port) closedPorts.push(srec.port);
  srec.srv.close();
}

function connect() {
  var target = pick(liveServers);
  var port;
  if (target && below(10) !== 0) port = target.port;
  else if (closedPorts.length) port = pick(closedPorts);
  else return;
  stats.connects++;
  var opts = { port: port, host: below(3) === 0 ? 'localhost' : '127.0.0.1', allowHalfOpen: below(3) === 0 };
  if (opts.host === 'localhost') opts.family = 4;
  var s = net.connect(opts);
  var rec = track(s, 'client');
  if (below(2) === 0) s.resume();
  return rec;
}

var ops = [
  { w: 3, fn: newServer },
  { w: 2, fn: function () { closeServer(pick(liveServers)); } },
  { w: 14, fn: connect },
  { w: 20, fn: function () {
    var r = pick(liveSockets); if (!r) return;
    var n = below(5) === 0 ? below(200000) : below(2000);
    stats.writes++;
    stats.bytes += n;
    r.s.write(Buffer.alloc(n, 'x'), function () {});
  } },
  { w: 5, fn: function () { var r = pick(liveSockets); if (r) r.s.end(below(2) ? 'bye' : undefined); } },
  { w: 5, fn: function () { var r = pick(liveSockets); if (r) r.s.destroy(); } },
  { w: 2, fn: function () { var r = pick(liveSockets); if (r) r.s.destroy(new Error('chaos')); } },
  // resetAndDestroy() only before end(): after end() Node v20 emits 'error' (reset EINVAL) and never
  // 'close' (libuv refuses uv_tcp_close_reset once a shutdown was requested); netjs falls back to a
  // plain close. See test_err_econnreset.js.
  { w: 2, fn: function () { var r = pick(liveSockets); if (r && !r.s.writableEnded) r.s.resetAndDestroy(); } },
  { w: 6, fn: function () { var r = pick(liveSockets); if (r) r.s.pause(); } },
  { w: 6, fn: function () { var r = pick(liveSockets); if (r) r.s.resume(); } },
  { w: 4, fn: function () {
    var r = pick(liveSockets); if (!r) return;
    var ms = below(3) === 0 ? 0 : 1 + below(50);
    r.s.setTimeout(ms, below(2) ? function () { if (below(2) === 0) r.s.destroy(); } : undefined);
  } },
  { w: 3, fn: function () { var r = pick(liveSockets); if (r) r.s.setNoDelay(below(2) === 0); } },
  { w: 3, fn: function () { var r = pick(liveSockets); if (r) r.s.setKeepAlive(below(2) === 0, below(3) * 1000); } },
  { w: 2, fn: function () { var r = pick(liveSockets); if (r) { r.s.unref(); r.s.ref(); } } },
  { w: 1, fn: function () { var r = pick(liveSockets); if (r) r.s.address(); } }
];
var totalWeight = 0;
ops.forEach(function (o) { totalWeight += o.w; });
function randomOp() {
  var x = below(totalWeight);
  for (var i = 0; i < ops.length; i++) {
    if (x < ops[i].w) return ops[i].fn();
    x -= ops[i].w;
  }
}

var done = 0;
function batch() {
  var n = 1 + below(20);
  for (var i = 0; i < n && done < OPS; i++, done++) {
    // Keep the pool bounded so the run stays short.
    if (liveSockets.length > 200) { pick(liveSockets).s.destroy(); continue; }
    randomOp();
  }
  if (done < OPS) {
    if (below(4) === 0) setTimeout(batch, below(3));
    else setImmediate(batch);
  } else {
    windDown();
  }
}

function windDown() {
  finished = true;
  // Everything still open goes away now; the process must then exit by itself.
  liveServers.slice().forEach(closeServer);
  servers.forEach(function (srec) { if (!srec.closed) closeServer(srec); });
  liveSockets.slice().forEach(function (r) { r.s.destroy(); });
  maybeDone();
}

function maybeDone() {
  if (!finished) return;
  // Sockets accepted after the wind-down destroy themselves; nothing to do but wait for 'close'.
  liveSockets.slice().forEach(function (r) { if (!r.s.destroyed) r.s.destroy(); });
}

process.on('exit', function (code) {
  if (code !== 0) return;
  assert.ok(finished, 'exited before the run finished (seed ' + SEED + ')');
  sockets.forEach(function (r) {
    assert.strictEqual(r.closes, 1, r.kind + ' socket #' + r.id + ' never closed (seed ' + SEED + ')');
  });
  servers.forEach(function (srec) {
    assert.ok(srec.closes >= 1, 'server #' + srec.id + ' never emitted close (seed ' + SEED + ')');
  });
  console.log('chaos ok: ' + sockets.length + ' sockets (' + stats.connects + ' connects, ' + stats.accepted +
    ' accepted), ' + servers.length + ' servers, ' + stats.writes + ' writes / ' + stats.bytes + ' bytes, errors ' +
    JSON.stringify(stats.errors));
});

newServer();
newServer();
setImmediate(batch);
