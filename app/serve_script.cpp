#include "serve_script.h"

#include "js/script.h"
#include "json_line.h"

#include <filesystem>

namespace netjs::app {

namespace {

const char* const kEcho = R"JS(// netjs serve --script echo.js: every byte a client sends comes back.
// The module gets each connection as a net.Socket (Node's API); ES5, as Duktape runs it.
module.exports = function (socket) {
  // pipe() also half-closes our side once the client has finished sending.
  socket.pipe(socket);
};
)JS";

const char* const kDiscard = R"JS(// netjs serve --script discard.js: read and drop everything (RFC 863).
module.exports = function (socket) {
  socket.resume();
};
)JS";

const char* const kSink = R"JS(// netjs serve --script sink.js: everything received goes to stdout.
module.exports = function (socket) {
  socket.on('data', function (chunk) {
    process.stdout.write(chunk);
  });
};
)JS";

const char* const kChargen = R"JS(// netjs serve --script chargen.js: an endless character pattern (RFC 864).
var period = '';
for (var line = 0; line < 95; line++) {
  for (var i = 0; i < 72; i++) period += String.fromCharCode(32 + (line + i) % 95);
  period += '\r\n';
}
var block = Buffer.from(period);

module.exports = function (socket) {
  var done = false;
  function pump() {
    // A few blocks per turn, then yield, so one fast reader cannot starve other clients.
    for (var n = 0; n < 16 && !done; n++) {
      if (!socket.write(block)) return;  // 'drain' resumes
    }
    if (!done) setImmediate(pump);
  }
  socket.on('drain', pump);
  socket.on('end', function () { done = true; });
  socket.on('close', function () { done = true; });
  socket.resume();  // what the client sends is ignored
  pump();
};
)JS";

// Runs the user's module per connection, with the same options, output and summary as the native
// server. __CONFIG__ is replaced by a JSON object.
const char* const kWrapper = R"JS((function () {
var net = require('net');
var cfg = __CONFIG__;
function say(line) { if (!cfg.json && !cfg.quiet) process.stderr.write('netjs serve: ' + line + '\n'); }
function emit(obj) { if (cfg.json) process.stdout.write(JSON.stringify(obj) + '\n'); }
function fmt(a, p) { return (a && a.indexOf(':') >= 0 ? '[' + a + ']' : a) + ':' + p; }
function errClass(err) {
  var c = err.code;
  if (c === 'ECONNREFUSED') return 'refused';
  if (c === 'ETIMEDOUT') return 'timeout';
  if (err.syscall === 'getaddrinfo' || c === 'ENOTFOUND') return 'dns';
  if (c === 'ENETUNREACH' || c === 'EHOSTUNREACH' || c === 'EADDRNOTAVAIL' || c === 'ENETDOWN') return 'unreachable';
  if (c === 'ECONNRESET' || c === 'EPIPE' || c === 'ECONNABORTED') return 'reset';
  return 'error';
}
var exitFor = { refused: 3, timeout: 4, dns: 5 };
function errorEvent(err, id) {
  var e = { event: 'error' };
  if (id !== undefined) e.id = id;
  e.code = err.code || null; e.syscall = err.syscall || null;
  e.address = err.address === undefined ? (err.hostname || null) : err.address;
  e.port = err.port === undefined ? null : err.port;
  e['class'] = errClass(err); e.message = err.message;
  return e;
}

var mod = require(cfg.script);
var handler = typeof mod === 'function' ? mod :
  (mod && typeof mod.onConnection === 'function' ? function (s) { return mod.onConnection(s); } : null);
if (!handler) {
  process.stderr.write('netjs serve: ' + cfg.script +
    ': the module must export function (socket) or an object with onConnection(socket)\n');
  process.exit(2);
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
    process.exit(2);
  }
  if (cfg.json) emit(errorEvent(err));
  else process.stderr.write('netjs serve: ' + err.message + '\n');
  process.exit(exitFor[errClass(err)] || 6);
});

var listenOpts = { port: cfg.port };
if (cfg.host) listenOpts.host = cfg.host;
if (cfg.ipv6Only) listenOpts.ipv6Only = true;
server.listen(listenOpts, function () {
  listened = true;
  var a = server.address();
  var dual = a.family === 'IPv6' && a.address === '::' && !cfg.ipv6Only;
  say('listening on ' + fmt(a.address, a.port) + (dual ? ' (IPv6 and IPv4)' : '') + ', script ' + cfg.script);
  emit({ event: 'listening', address: a.address, port: a.port, family: a.family === 'IPv6' ? 6 : 4,
         dual_stack: dual, mode: 'script' });
});

function stop(why) {
  if (why) say(why + ': stopping');
  if (stopping) return;
  stopping = true;
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
})();
)JS";

}  // namespace

const char* mode_script(const std::string& mode) {
  if (mode == "echo") return kEcho;
  if (mode == "discard") return kDiscard;
  if (mode == "sink") return kSink;
  if (mode == "chargen") return kChargen;
  return nullptr;
}

int run_script_server(const ServeOptions& opts) {
  const int family = opts.common.family();
  std::string host = opts.host;
  if (host.empty() && family == 4) host = "0.0.0.0";
  if (host.empty() && family == 6) host = "::";
  std::string config = JsonLine("serve")
                           .str("script", std::filesystem::absolute(opts.script).string())
                           .str("host", host)
                           .integer("port", opts.port)
                           .boolean("ipv6Only", family == 6)
                           .integer("maxConnections", opts.max_connections)
                           .number("idleTimeout", opts.idle_timeout * 1000)
                           .boolean("once", opts.once)
                           .boolean("keepalive", opts.keepalive)
                           .boolean("json", opts.common.json)
                           .boolean("quiet", opts.common.quiet)
                           .text();
  std::string code = kWrapper;
  code.replace(code.find("__CONFIG__"), 10, config);

  js::ScriptOptions script;
  script.is_eval = true;
  script.eval = code;
  script.exec_path = opts.exec_path;
  script.exit_follows = true;
  return js::run_script(script);
}

}  // namespace netjs::app
