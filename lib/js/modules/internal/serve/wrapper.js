'use strict';
// netjs serve --script FILE: a listening net.Server that hands each connection to the user's module,
// with the same options, log lines, --json events and summary as the native server (lib/commands/serve_*).
// The CLI runs this module as the main program (ScriptOptions::builtin_main) and passes its options
// as `cfg`: script (absolute path), host, port, fd (an inherited listening socket to serve on instead,
// from socket activation; -1: none) and activationNote (the end of the "listening on" line then), ipv6Only, maxConnections, idleTimeout (ms), once,
// keepalive, statsInterval (ms; 0: none), json, quiet, and exitCodes ({usage, refused, timeout, dns, unreachable, reset, error}:
// the CLI's exit-code policy, lib/commands/exit_codes). `requireFile` loads the user's module.

var net = require('net');
var errorClass = require('internal/net_errors').errorClass;

function fmt(a, p) { return (a && a.indexOf(':') >= 0 ? '[' + a + ']' : a) + ':' + p; }

// The --json "error" event of an error (of connection `id`, or of the server).
function errorEvent(err, id) {
  var e = { event: 'error' };
  if (id !== void 0) e.id = id;
  e.code = err.code || null; e.syscall = err.syscall || null;
  e.address = err.address === void 0 ? (err.hostname || null) : err.address;
  e.port = err.port === void 0 ? null : err.port;
  e['class'] = errorClass(err); e.message = err.message;
  return e;
}

// A byte count as lib/commands/byte_size.cpp writes it (SI units, three significant digits at most:
// "512 B", "1.2 MB"), so --stats-interval reads the same with and without --script.
function formatBytes(n) {
  if (n < 1000) return n + ' B';
  var units = ['kB', 'MB', 'GB', 'TB'], v = n / 1000, u = 0;
  while (v >= 999.5 && u + 1 < units.length) { v /= 1000; u++; }
  return (v < 9.95 ? v.toFixed(1) : v.toFixed(0)) + ' ' + units[u];
}

function formatRate(bps) { return bps > 0 ? formatBytes(Math.round(bps)) + '/s' : '0 B/s'; }

// The user's handler: the module's export if it is a function, else its onConnection method.
function connectionHandler(mod) {
  if (typeof mod === 'function') return mod;
  if (mod && typeof mod.onConnection === 'function') return function (s) { return mod.onConnection(s); };
  return null;
}

function runScriptServer(cfg, requireFile) {
  function say(line) { if (!cfg.json && !cfg.quiet) process.stderr.write('netjs serve: ' + line + '\n'); }
  function emit(obj) { if (cfg.json) process.stdout.write(JSON.stringify(obj) + '\n'); }

  var handler = connectionHandler(requireFile(cfg.script));
  if (!handler) {
    process.stderr.write('netjs serve: ' + cfg.script +
      ': the module must export function (socket) or an object with onConnection(socket)\n');
    process.exit(cfg.exitCodes.usage);
  }

  var started = Date.now(), nextId = 1, open = {}, openCount = 0, listened = false, stopping = false;
  var total = { connections: 0, refused: 0, bytesIn: 0, bytesOut: 0 };

  var server = net.createServer(function (socket) {
    var ra = socket.remoteAddress, rp = socket.remotePort;
    if (cfg.maxConnections > 0 && openCount >= cfg.maxConnections) {
      total.refused++;
      process.stderr.write('netjs: warning: serve: refused ' + fmt(ra, rp) + ': ' + openCount +
        ' connections open (--max-connections)\n');
      emit({ event: 'refused', remote_address: ra, remote_port: rp, reason: 'max-connections' });
      socket.destroy();
      return;
    }
    var id = nextId++, opened = Date.now();
    total.connections++; openCount++; open[id] = socket;
    say('connection ' + id + ' from ' + fmt(ra, rp));
    emit({ event: 'connection', id: id, remote_address: ra, remote_port: rp,
           local_address: socket.localAddress, local_port: socket.localPort });
    // A client's reset must not end the server as an uncaught 'error' would.
    socket.on('error', function (err) { if (cfg.json) emit(errorEvent(err, id)); });
    socket.on('end', function () { emit({ event: 'end', id: id, by: 'peer' }); });
    socket.on('close', function () {
      delete open[id]; openCount--;
      total.bytesIn += socket.bytesRead; total.bytesOut += socket.bytesWritten;
      var ms = Date.now() - opened;
      say('connection ' + id + ' from ' + fmt(ra, rp) + ' closed: ' + socket.bytesRead + ' bytes in, ' +
          socket.bytesWritten + ' bytes out, ' + ms + ' ms');
      emit({ event: 'close', id: id, bytes_in: socket.bytesRead, bytes_out: socket.bytesWritten, duration_ms: ms });
      if (cfg.once && openCount === 0) stop('');
    });
    if (cfg.idleTimeout > 0) {
      socket.setTimeout(cfg.idleTimeout, function () {
        say('connection ' + id + ' from ' + fmt(ra, rp) + ': idle timeout, closing');
        emit({ event: 'timeout', id: id, kind: 'idle' });
        socket.destroy();
      });
    }
    if (cfg.keepalive) socket.setKeepAlive(true);
    if (cfg.once) server.close();
    handler(socket);
  });

  server.on('error', function (err) {
    if (err.syscall === 'getaddrinfo') {
      // A --host that does not resolve is a bad option value: the usage exit code, as without --script.
      process.stderr.write('netjs serve: --host ' + cfg.host + ' does not resolve: ' + err.message +
        " (see 'netjs help serve')\n");
      process.exit(cfg.exitCodes.usage);
    }
    if (cfg.json) emit(errorEvent(err));
    else process.stderr.write('netjs serve: ' + err.message + '\n');
    process.exit(cfg.exitCodes[errorClass(err)]);
  });

  var activated = cfg.fd >= 0;
  var listenOpts = { port: cfg.port };
  if (activated) listenOpts = { fd: cfg.fd };
  if (cfg.host && !activated) listenOpts.host = cfg.host;
  if (cfg.ipv6Only && !activated) listenOpts.ipv6Only = true;
  server.listen(listenOpts, function () {
    listened = true;
    var a = server.address();
    var dual = a.family === 'IPv6' && a.address === '::' && !cfg.ipv6Only;
    say('listening on ' + fmt(a.address, a.port) + (dual ? ' (IPv6 and IPv4)' : '') + ', script ' + cfg.script +
        (activated ? cfg.activationNote : ''));
    var ev = { event: 'listening', address: a.address, port: a.port, family: a.family === 'IPv6' ? 6 : 4,
               dual_stack: dual, mode: 'script' };
    if (activated) ev.activated = true;
    emit(ev);
    if (cfg.statsInterval > 0) startStats();
  });

  // --stats-interval: the same line and "stats" event as the native server's (lib/commands/serve_stats).
  var statsTimer = null;
  function counts() {
    var c = { now: openCount, bytesIn: total.bytesIn, bytesOut: total.bytesOut };
    for (var k in open) {
      // Out: what the kernel has taken, as the native server counts (bytesWritten, as Node's, also
      // counts what is still queued, so under backpressure it would run ahead of the wire).
      var h = open[k]._handle;
      c.bytesIn += open[k].bytesRead;
      c.bytesOut += h ? h.stats()[1] : open[k].bytesWritten;
    }
    return c;
  }
  function startStats() {
    var last = counts(), lastAt = Date.now();
    statsTimer = setInterval(function () {
      var c = counts(), at = Date.now(), ms = at - lastAt, secs = ms > 0 ? ms / 1000 : 1;
      var inRate = (c.bytesIn - last.bytesIn) / secs, outRate = (c.bytesOut - last.bytesOut) / secs;
      say(c.now + (c.now === 1 ? ' connection' : ' connections') + ' now, ' + total.connections + ' total, ' +
          (total.refused > 0 ? total.refused + ' refused, ' : '') + formatBytes(c.bytesIn) + ' in, ' +
          formatBytes(c.bytesOut) + ' out, ' + formatRate(inRate) + ' in, ' + formatRate(outRate) + ' out');
      emit({ event: 'stats', connections_now: c.now, connections_total: total.connections, refused: total.refused,
             bytes_in: c.bytesIn, bytes_out: c.bytesOut, in_bytes_per_s: Math.round(inRate * 1000) / 1000,
             out_bytes_per_s: Math.round(outRate * 1000) / 1000, interval_ms: ms });
      last = c; lastAt = at;
    }, Math.max(1, cfg.statsInterval));
    // Never what keeps serve running.
    statsTimer.unref();
  }

  function stop(why) {
    if (why) say(why + ': stopping');
    if (stopping) return;
    stopping = true;
    if (statsTimer) clearInterval(statsTimer);
    server.close();
    for (var k in open) open[k].destroy();
  }
  process.on('SIGINT', function () { stop('SIGINT'); });
  process.on('SIGTERM', function () { stop('SIGTERM'); });
  process.on('exit', function () {
    if (!listened) return;
    var ms = Date.now() - started;
    say('summary: ' + total.connections + ' connections, ' + total.refused + ' refused, ' + total.bytesIn +
        ' bytes in, ' + total.bytesOut + ' bytes out, ' + ms + ' ms');
    emit({ event: 'summary', connections: total.connections, refused: total.refused, bytes_in: total.bytesIn,
           bytes_out: total.bytesOut, duration_ms: ms });
  });
  return server;
}

module.exports = runScriptServer;
module.exports.errorEvent = errorEvent;
