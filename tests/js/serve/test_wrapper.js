'use strict';
// serve --script's wrapper (internal/serve/wrapper) and the mode modules, loaded from the binary as
// `netjs serve` loads them: the class of an error comes from the core's one table (a resolver's
// ETIMEDOUT is 'dns', EHOSTDOWN is 'unreachable': the wrapper once said 'timeout' and 'error'), the
// exit code from the policy the CLI passes, and the echo mode serves a connection end to end with
// --once and --json. netjs only: Node has no such internal modules.
var common = require('../common');
var assert = require('assert');
var net = require('net');
common.deadline(10000);

var loadBuiltin = process._binding('module').loadBuiltin;
var uv = process._binding('errors');

// require() as the built-in modules get it: internal modules fresh from the binary, public ones the
// script's own (so the wrapper's `net` is the one this test uses).
function requireInternal(name) {
  if (name.indexOf('internal/') !== 0) return require(name);
  var fn = loadBuiltin(name);
  assert.strictEqual(typeof fn, 'function', name + ' is embedded');
  var mod = { exports: {} };
  fn.call(mod.exports, mod.exports, requireInternal, mod, name + '.js', '');
  return mod.exports;
}

var netErrors = requireInternal('internal/net_errors');
var runScriptServer = requireInternal('internal/serve/wrapper');

// The binding names libuv's codes; net's errors carry them.
assert.strictEqual(typeof uv.code('EOF'), 'number');
assert.ok(uv.code('EOF') < 0);
assert.strictEqual(uv.errname(uv.code('EAI_NONAME')), 'EAI_NONAME');
assert.strictEqual(uv.errname(uv.code('EHOSTDOWN')), 'EHOSTDOWN');
assert.throws(function () { uv.code('ENOTANERROR'); }, RangeError);

// --- error classes, as the --json "error" event carries them ---------------------------------------
function cls(err) { return runScriptServer.errorEvent(err)['class']; }
var resolverTimeout = netErrors.dnsException(uv.code('ETIMEDOUT'), 'getaddrinfo', 'slow.example');
assert.strictEqual(cls(resolverTimeout), 'dns');
assert.strictEqual(cls(netErrors.exceptionWithHostPort(uv.code('EHOSTDOWN'), 'connect', '192.0.2.1', 80)), 'unreachable');
assert.strictEqual(cls(netErrors.exceptionWithHostPort(uv.code('ETIMEDOUT'), 'connect', '192.0.2.1', 80)), 'timeout');
assert.strictEqual(cls(netErrors.exceptionWithHostPort(uv.code('ECONNREFUSED'), 'connect', '127.0.0.1', 9)), 'refused');
assert.strictEqual(cls(netErrors.dnsException(uv.code('EAI_NONAME'), 'getaddrinfo', 'no.invalid')), 'dns');
assert.strictEqual(cls(netErrors.errnoException(uv.code('ECONNRESET'), 'read')), 'reset');
assert.strictEqual(cls(netErrors.errnoException(uv.code('EPIPE'), 'write')), 'reset');
assert.strictEqual(cls(netErrors.uvExceptionWithHostPort(uv.code('EADDRINUSE'), 'listen', '0.0.0.0', 80)), 'error');
assert.strictEqual(cls(new Error('not a system error')), 'error');
assert.deepStrictEqual(runScriptServer.errorEvent(resolverTimeout, 3), {
  event: 'error', id: 3, code: 'ETIMEDOUT', syscall: 'getaddrinfo', address: 'slow.example', port: null,
  'class': 'dns', message: 'getaddrinfo ETIMEDOUT slow.example'
});

// Distinct codes, so each test below sees which one the wrapper picked.
var exitCodes = { usage: 12, refused: 13, timeout: 14, dns: 15, unreachable: 16, reset: 16, error: 17 };
function config(over) {
  var cfg = { script: '/served/echo.js', host: '127.0.0.1', port: 0, ipv6Only: false, maxConnections: 0,
              idleTimeout: 0, once: false, keepalive: false, json: false, quiet: true, exitCodes: exitCodes };
  for (var k in over) cfg[k] = over[k];
  return cfg;
}

// Captures process.exit() instead of exiting while `fn` runs; returns the code it was called with.
function exitCodeOf(fn) {
  var realExit = process.exit, code = null;
  process.exit = function (c) { code = c; throw new Error('exit ' + c); };
  try { fn(); } catch (e) { if (code === null) throw e; } finally { process.exit = realExit; }
  return code;
}

// A module without a handler is a usage error.
assert.strictEqual(exitCodeOf(function () {
  runScriptServer(config(), function () { return 42; });
}), exitCodes.usage);

// The mode modules are what --print-script prints: each a module exporting function (socket).
['echo', 'discard', 'sink', 'chargen'].forEach(function (mode) {
  assert.strictEqual(typeof requireInternal('internal/serve/' + mode), 'function', mode);
});

// --- a listen error: the class's exit code, from the CLI's policy ---------------------------------------
var busy = net.createServer();
busy.listen(0, '127.0.0.1', common.mustCall(function () {
  var realExit = process.exit;
  process.exit = common.mustCall(function (code) {
    process.exit = realExit;
    assert.strictEqual(code, exitCodes.error);  // EADDRINUSE
    busy.close();
    serveEcho();
  });
  runScriptServer(config({ port: busy.address().port }), function () { return requireInternal('internal/serve/echo'); });
}));

// --- the echo mode through the wrapper: --once --json ---------------------------------------------------
function serveEcho() {
  var events = [];
  var realWrite = process.stdout.write;
  process.stdout.write = function (line) { events.push(JSON.parse(line)); return true; };
  var server = runScriptServer(config({ once: true, json: true, quiet: false }), common.mustCall(function (file) {
    assert.strictEqual(file, '/served/echo.js');
    return requireInternal('internal/serve/echo');
  }));
  server.on('listening', common.mustCall(function () {
    var client = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    client.setEncoding('utf8');
    client.on('data', function (d) { got += d; });
    client.on('close', common.mustCall(function () { assert.strictEqual(got, 'hello'); }));
    client.end('hello');
  }));
  // After the wrapper's own 'exit' listener, which writes the summary.
  process.on('exit', function (code) {
    process.stdout.write = realWrite;
    if (code !== 0) return;
    assert.deepStrictEqual(events.map(function (e) { return e.event; }),
                           ['listening', 'connection', 'end', 'close', 'summary']);
    assert.strictEqual(events[0].mode, 'script');
    assert.strictEqual(events[3].bytes_in, 5);
    assert.strictEqual(events[3].bytes_out, 5);
    assert.strictEqual(events[4].connections, 1);
  });
}
