// Runs once per runtime, wrapped by the host as function (binding, global). Sets up require for
// built-in modules, the process object and the globals, then returns runMain(kind, value, config).
'use strict';

var moduleBinding = binding('module');
var processBinding = binding('process');

// --- built-in modules: loaded on first require (bytecode, or compiled from source), cached -------------------------------------------
var builtinCache = {};
function requireBuiltin(name) {
  var cached = builtinCache[name];
  if (cached) return cached.exports;
  var fn = moduleBinding.loadBuiltin(name);
  if (fn === void 0) {
    var err = new Error("Cannot find module '" + name + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  var mod = { id: name, exports: {}, loaded: false, builtin: true };
  builtinCache[name] = mod;
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, name + '.js', '');
  mod.loaded = true;
  return mod.exports;
}

// --- process -------------------------------------------------------------------------------------
var EventEmitter = requireBuiltin('events');
var process = new EventEmitter();
global.process = process;
global.global = global;
global.globalThis = global;

process._binding = binding;
process.title = 'netjs';
process.argv = processBinding.argv;
process.argv0 = 'netjs';
process.execArgv = [];
process.execPath = processBinding.execPath;
process.env = processBinding.env;
process.pid = processBinding.pid;
process.ppid = processBinding.ppid;
process.platform = processBinding.platform;
process.arch = processBinding.arch;
process.version = 'v' + processBinding.version;
process.versions = {
  netjs: processBinding.version,
  duktape: processBinding.duktapeVersion,
  uv: processBinding.uvVersion
};
process.release = { name: 'netjs' };
process.config = { target_defaults: {}, variables: {} };
process.getuid = processBinding.getuid;
process.getgid = processBinding.getgid;
process.geteuid = processBinding.geteuid;
process.getegid = processBinding.getegid;
process.getgroups = processBinding.getgroups;
process.umask = function umask(mask) { return requireBuiltin('internal/process_methods').umask(mask); };
process.cpuUsage = function cpuUsage(prev) { return requireBuiltin('internal/process_methods').cpuUsage(prev); };
process.exitCode = void 0;
process._exiting = false;
process.cwd = moduleBinding.cwd;
// Relative requires keep resolving from the requiring module's directory; IoT.js's search
// directories follow the working directory (see internal/module.js).
process.chdir = function chdir(directory) {
  if (typeof directory !== 'string') {
    throw requireBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE('directory', 'of type string', directory);
  }
  var rc = moduleBinding.chdir(directory);
  if (rc < 0) throw requireBuiltin('internal/net_errors').uvException(rc, 'chdir', process.cwd(), directory);
};
process.uptime = processBinding.uptime;
process.memoryUsage = function memoryUsage() { return processBinding.memoryUsage(); };
process.memoryUsage.rss = function rss() { return processBinding.memoryUsage().rss; };
process._getActiveHandles = processBinding.liveHandles;

process.hrtime = function hrtime(prev) {
  var t = processBinding.hrtime();
  if (prev) {
    var sec = t[0] - prev[0];
    var nsec = t[1] - prev[1];
    if (nsec < 0) { sec--; nsec += 1e9; }
    return [sec, nsec];
  }
  return t;
};

process.exit = function exit(code) {
  if (code !== void 0) process.exitCode = code;
  var final = process.exitCode === void 0 ? 0 : (process.exitCode | 0);
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', final);
    if (process.exitCode !== void 0) final = process.exitCode | 0;
  }
  processBinding.reallyExit(final);
};

process.abort = function abort() { processBinding.reallyExit(134); };

// As Node: the warning is an Error named by its type; 'warning' listeners get it on the next tick,
// and it is printed to stderr as "(netjs:PID) [CODE] Type: message".
process.emitWarning = function emitWarning(warning, type, code) {
  if (type !== null && typeof type === 'object') {
    code = type.code;
    type = type.type;
  }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = typeof type === 'string' && type !== '' ? type : 'Warning';
    if (code !== void 0) w.code = code;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw requireBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // As Node: thrown a tick later, after the warnings before it were shown.
    if (process.throwDeprecation) return process.nextTick(function () { throw warning; });
  }
  process.nextTick(emitWarningNow, warning);
};

function emitWarningNow(warning) {
  process.emit('warning', warning);
  var prefix = '(netjs:' + process.pid + ') ' + (warning.code !== void 0 ? '[' + warning.code + '] ' : '');
  processBinding.writeFd(2, prefix + warning.name + ': ' + warning.message + '\n');
}

// nextTick: a queue drained by the runtime after every callback from the loop. tickInfo[0] tells the
// host whether the queue has work, without a call into JS.
var tickInfo = processBinding.tickInfo;
// The queue is flat, TICK_STRIDE slots an entry: the callback, its argument count, then up to four
// arguments inline (an entry with more keeps an array in the first slot and count -1), so queuing a
// tick allocates nothing. nextTick() never mentions `arguments` (in Duktape that allocates an
// arguments object on every call, 25x the cost of the call itself): it takes up to eight arguments
// and forwards them up to the last one that is not undefined, as emit() does.
var TICK_STRIDE = 6;
var tickQueue = [];
var tickHead = 0;
process.nextTick = function nextTick(fn, a1, a2, a3, a4, a5, a6, a7, a8) {
  if (typeof fn !== 'function') {
    throw requireBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', fn);
  }
  if (a5 === void 0 && a6 === void 0 && a7 === void 0 && a8 === void 0) {
    var q = tickQueue, n = q.length;
    q[n] = fn;
    q[n + 1] = a4 !== void 0 ? 4 : a3 !== void 0 ? 3 : a2 !== void 0 ? 2 : a1 !== void 0 ? 1 : 0;
    q[n + 2] = a1;
    q[n + 3] = a2;
    q[n + 4] = a3;
    q[n + 5] = a4;
  } else {
    var args = [a1, a2, a3, a4, a5, a6, a7, a8];
    while (args[args.length - 1] === void 0) args.length--;
    tickQueue.push(fn, -1, args, void 0, void 0, void 0);
  }
  tickInfo[0] = 1;
};

// Microtasks (promise reactions, queueMicrotask) live in internal/microtasks, loaded with the first
// of them; it installs its drain here. As in Node, the tick queue runs, then the microtask queue,
// over and over until both are empty; then rejected promises nobody handled are looked at, which
// may queue more. Either queue sets tickInfo[0], so the host calls in when any has work.
var microtaskHooks = { run: null, rejections: null };
builtinCache['internal/task_queues'] = { exports: { tickInfo: tickInfo, hooks: microtaskHooks } };

function runTicks() {
  // Entries run in order; one that throws leaves the rest queued for the next drain.
  var q = tickQueue;
  var hooks = microtaskHooks;
  do {
    while (tickHead < q.length) {
      var i = tickHead;
      var fn = q[i], argc = q[i + 1], a1 = q[i + 2], a2 = q[i + 3], a3 = q[i + 4], a4 = q[i + 5];
      q[i] = q[i + 2] = q[i + 3] = q[i + 4] = q[i + 5] = void 0;
      tickHead = i + TICK_STRIDE;
      switch (argc) {
        case 0: fn(); break;
        case 1: fn(a1); break;
        case 2: fn(a1, a2); break;
        case 3: fn(a1, a2, a3); break;
        case 4: fn(a1, a2, a3, a4); break;
        default: fn.apply(void 0, a1);
      }
    }
    q.length = 0;
    tickHead = 0;
    if (hooks.run !== null) hooks.run();
  } while (q.length > 0 || (hooks.rejections !== null && hooks.rejections()));
  tickInfo[0] = 0;
}

// Lets code that runs several callbacks in one call from the host (the immediate queue) drain the
// queue between them, as Node does.
process._tickCallback = function () { if (tickInfo[0]) runTicks(); };

function fatalException(err) {
  if (process.listenerCount('uncaughtException') === 0) return false;
  process.emit('uncaughtException', err, 'uncaughtException');
  return true;
}

function emitExit(code) {
  if (process._exiting) return process.exitCode === void 0 ? code : process.exitCode | 0;
  process._exiting = true;
  if (process.exitCode !== void 0) code = process.exitCode | 0;
  process.emit('exit', code);
  return process.exitCode === void 0 ? code : process.exitCode | 0;
}

function emitBeforeExit(code) {
  process.emit('beforeExit', process.exitCode === void 0 ? code : process.exitCode | 0);
}

// How an uncaught non-Error value is shown ({ a: 1 }, as Node prints it); util loads only then.
function inspectValue(value) { return requireBuiltin('util').inspect(value); }

processBinding.setup(runTicks, fatalException, emitExit, emitBeforeExit, inspectValue);

// --- signals: a watcher per signal name while process has listeners for it --------------------------
function isSignalName(name) { return typeof name === 'string' && /^SIG[A-Z0-9]+$/.test(name); }
processBinding.setSignalHandler(function (name) { process.emit(name, name); });
process.on('newListener', function (name) {
  if (isSignalName(name) && process.listenerCount(name) === 0) {
    var err = processBinding.signalStart(name);
    if (err < 0) {
      var e = new Error('uv_signal_start ' + binding('errors').errname(err) + ' (' + name + ')');
      e.code = binding('errors').errname(err);
      throw e;
    }
  }
});
process.on('removeListener', function (name) {
  if (isSignalName(name) && process.listenerCount(name) === 0) processBinding.signalStop(name);
});
// Node's checks come first: a pid such as 'abc' would otherwise become 0, the whole process group.
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) {  // loose, as Node's test: a numeric string is a pid
    throw requireBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE('pid', 'of type number', pid);
  }
  var err;
  if (sig === (sig | 0)) {
    err = processBinding.kill(pid | 0, sig);
  } else {
    sig = sig || 'SIGTERM';
    // EINVAL for a name is the binding not knowing the signal.
    var einval = binding('errors').code('EINVAL');
    err = isSignalName(sig) ? processBinding.kill(pid | 0, sig) : einval;
    if (err === einval) {
      throw requireBuiltin('internal/errors').makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL',
        requireBuiltin('util').format('Unknown signal: %s', sig));
    }
  }
  if (err < 0) {
    var e = new Error('kill ' + binding('errors').errname(err));
    e.code = binding('errors').errname(err);
    e.errno = err;
    e.syscall = 'kill';
    throw e;
  }
  return true;
};

// --- stdio ---------------------------------------------------------------------------------------
// Writes are synchronous, as Node's are for files and pipes. A failed write (EPIPE once the reader
// of a pipe is gone) ends the stream as in Node: the write's callback gets the error, the stream is
// destroyed with it ('error', then 'close'; with no 'error' listener that is an uncaught exception,
// exit 1), and later writes call back with the same error instead of writing (Node's stdio does).
function stdioWriteError(rc) {
  var code = binding('errors').errname(rc);
  var err = new Error('write ' + code);
  err.errno = rc;
  err.code = code;
  err.syscall = 'write';
  return err;
}

function makeStdio(fd) {
  var stream = null;
  var failed = null;
  function writeChunk(chunk, encoding) {
    if (typeof chunk === 'string') chunk = requireBuiltin('buffer').Buffer.from(chunk, encoding || 'utf8');  // not the global: a script may replace it
    var rc = processBinding.writeFd(fd, chunk);
    if (rc === 0) return null;
    failed = stdioWriteError(rc);
    return failed;
  }
  function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = void 0; }
    if (failed !== null) {
      if (cb) process.nextTick(cb, failed);
      return false;
    }
    // Once the full stream exists, it owns the state (ended, corked, the error path).
    if (stream !== null) return stream.write(chunk, encoding, cb);
    var err = writeChunk(chunk, encoding);
    if (err !== null) {
      if (cb) process.nextTick(cb, err);
      process.nextTick(destroyWith, err);
      return false;
    }
    if (cb) process.nextTick(cb, null);
    return true;
  }
  function destroyWith(err) { full().destroy(err); }
  // A real Writable is built on first use of stream features (pipe, on, ...), so a script that only
  // writes does not load the stream module.
  function full() {
    if (stream) return stream;
    var Writable = requireBuiltin('stream').Writable;
    stream = new Writable({
      decodeStrings: false,
      write: function (chunk, encoding, cb) { cb(writeChunk(chunk, encoding)); }
    });
    stream.fd = fd;
    stream.isTTY = processBinding.isatty(fd);
    stream._isStdio = true;
    // As Node, end() on stdio writes its last chunk but never closes the descriptor.
    stream.destroySoon = stream.end = function (chunk, enc, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = void 0; }
      if (typeof enc === 'function') { cb = enc; enc = void 0; }
      if (chunk !== void 0 && chunk !== null) this.write(chunk, enc);
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    };
    return stream;
  }
  var proxy = { fd: fd, isTTY: processBinding.isatty(fd), write: write };
  ['on', 'once', 'addListener', 'removeListener', 'off', 'emit', 'end', 'listenerCount', 'listeners',
   'prependListener', 'removeAllListeners', 'cork', 'uncork', 'destroy'].forEach(function (name) {
    proxy[name] = function () { var s = full(); return s[name].apply(s, arguments); };
  });
  Object.defineProperty(proxy, 'writable', {
    get: function () { return stream !== null ? stream.writable : failed === null; }
  });
  Object.defineProperty(proxy, 'destroyed', {
    get: function () { return stream !== null ? stream.destroyed : false; }
  });
  return proxy;
}

// --- globals ---------------------------------------------------------------------------------------
// Defined lazily: a module is loaded the first time a script touches one of its globals, so startup
// stays close to the bare engine's.
var defineLazyProperties = requireBuiltin('internal/lazy_properties');
var lazyGlobals = {
  Buffer: ['buffer', 'Buffer'],
  console: ['console', null],
  setTimeout: ['timers', 'setTimeout'],
  clearTimeout: ['timers', 'clearTimeout'],
  setInterval: ['timers', 'setInterval'],
  clearInterval: ['timers', 'clearInterval'],
  setImmediate: ['timers', 'setImmediate'],
  clearImmediate: ['timers', 'clearImmediate'],
  TextEncoder: ['internal/encoding', 'TextEncoder'],
  TextDecoder: ['internal/encoding', 'TextDecoder'],
  queueMicrotask: ['internal/microtasks', 'queueMicrotask'],
  Promise: ['internal/promise', 'Promise'],
  AggregateError: ['internal/promise', 'AggregateError']
};
defineLazyProperties(global, Object.keys(lazyGlobals), function (name) {
  var from = lazyGlobals[name];
  var exports = requireBuiltin(from[0]);
  return from[1] === null ? exports : exports[from[1]];
}, false);

// process.stdout and process.stderr, made on first use.
defineLazyProperties(process, ['stdout', 'stderr'], function (name) {
  return makeStdio(name === 'stdout' ? 1 : 2);
}, true);

// --- main script ---------------------------------------------------------------------------------
var Module = requireBuiltin('internal/module');
Module._setBuiltinLoader(requireBuiltin, moduleBinding);

return function runMain(kind, value, config) {
  if (kind === 'eval') Module.runEval(value);
  else if (kind === 'builtin') Module.runBuiltin(requireBuiltin(value), JSON.parse(config));
  else Module.runMain(value);
};
