// Runs once per runtime, wrapped by the host as function (binding, global). Sets up require for
// built-in modules, the process object and the globals, then returns runMain(kind, value).
'use strict';

var moduleBinding = binding('module');
var processBinding = binding('process');

// --- built-in modules: loaded on first require (bytecode, or compiled from source), cached -------------------------------------------
var builtinCache = {};
function requireBuiltin(name) {
  var cached = builtinCache[name];
  if (cached) return cached.exports;
  var fn = moduleBinding.loadBuiltin(name);
  if (fn === undefined) {
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
process.exitCode = undefined;
process._exiting = false;
process.cwd = moduleBinding.cwd;
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
  if (code !== undefined) process.exitCode = code;
  var final = process.exitCode === undefined ? 0 : (process.exitCode | 0);
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', final);
    if (process.exitCode !== undefined) final = process.exitCode | 0;
  }
  processBinding.reallyExit(final);
};

process.abort = function abort() { processBinding.reallyExit(134); };

process.emitWarning = function emitWarning(warning, type) {
  var name = type || (warning && warning.name) || 'Warning';
  var msg = typeof warning === 'string' ? warning : (warning && warning.message);
  processBinding.writeFd(2, '(netjs:' + process.pid + ') ' + name + ': ' + msg + '\n');
};

// nextTick: a queue drained by the runtime after every callback from the loop. tickInfo[0] tells the
// host whether the queue has work, without a call into JS.
var tickInfo = processBinding.tickInfo;
var tickQueue = [];
var tickHead = 0;
process.nextTick = function nextTick(fn) {
  if (typeof fn !== 'function') {
    throw requireBuiltin('internal/errors').codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', fn);
  }
  var args;
  if (arguments.length > 1) {
    args = new Array(arguments.length - 1);
    for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  tickQueue.push(fn, args);
  tickInfo[0] = 1;
};

function runTicks() {
  // Entries run in order; one that throws leaves the rest queued for the next drain.
  while (tickHead < tickQueue.length) {
    var fn = tickQueue[tickHead];
    var args = tickQueue[tickHead + 1];
    tickQueue[tickHead] = tickQueue[tickHead + 1] = undefined;
    tickHead += 2;
    if (args === undefined) fn();
    else fn.apply(undefined, args);
  }
  tickQueue.length = 0;
  tickHead = 0;
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
  if (process._exiting) return process.exitCode === undefined ? code : process.exitCode | 0;
  process._exiting = true;
  if (process.exitCode !== undefined) code = process.exitCode | 0;
  process.emit('exit', code);
  return process.exitCode === undefined ? code : process.exitCode | 0;
}

function emitBeforeExit(code) {
  process.emit('beforeExit', process.exitCode === undefined ? code : process.exitCode | 0);
}

processBinding.setup(runTicks, fatalException, emitExit, emitBeforeExit);

// --- signals: a watcher per signal name while process has listeners for it --------------------------
function isSignalName(name) { return typeof name === 'string' && /^SIG[A-Z0-9]+$/.test(name); }
processBinding.setSignalHandler(function (name) { process.emit(name, name); });
process.on('newListener', function (name) {
  if (isSignalName(name) && process.listenerCount(name) === 0) {
    var err = processBinding.signalStart(name);
    if (err < 0) {
      var e = new Error('uv_signal_start ' + processBinding.errname(err) + ' (' + name + ')');
      e.code = processBinding.errname(err);
      throw e;
    }
  }
});
process.on('removeListener', function (name) {
  if (isSignalName(name) && process.listenerCount(name) === 0) processBinding.signalStop(name);
});
process.kill = function kill(pid, sig) {
  var err = processBinding.kill(pid | 0, sig === undefined ? 'SIGTERM' : sig);
  if (err < 0) {
    var e = new Error('kill ' + processBinding.errname(err));
    e.code = processBinding.errname(err);
    e.errno = err;
    e.syscall = 'kill';
    throw e;
  }
  return true;
};

// --- stdio ---------------------------------------------------------------------------------------
function makeStdio(fd) {
  var stream = null;
  function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding || 'utf8');
    var rc = processBinding.writeFd(fd, chunk);
    if (cb) process.nextTick(cb, rc === 0 ? null : new Error('write ' + processBinding.errname(rc)));
    return true;
  }
  // A real Writable is built on first use of stream features (pipe, on, ...), so a script that only
  // writes does not load the stream module.
  function full() {
    if (stream) return stream;
    var Writable = requireBuiltin('stream').Writable;
    stream = new Writable({
      decodeStrings: false,
      write: function (chunk, encoding, cb) { write(chunk, encoding); cb(); }
    });
    stream.fd = fd;
    stream.isTTY = processBinding.isatty(fd);
    stream._isStdio = true;
    stream.destroySoon = stream.end = function (chunk, enc, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') write(chunk, enc);
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
  Object.defineProperty(proxy, 'writable', { get: function () { return true; } });
  return proxy;
}

// --- globals ---------------------------------------------------------------------------------------
// Defined lazily: a module is loaded the first time a script touches one of its globals, so startup
// stays close to the bare engine's. One getter and one setter serve every lazy name: Duktape passes
// the property's key to accessors.
var lazyGlobals = {
  Buffer: ['buffer', 'Buffer'],
  console: ['console', null],
  setTimeout: ['timers', 'setTimeout'],
  clearTimeout: ['timers', 'clearTimeout'],
  setInterval: ['timers', 'setInterval'],
  clearInterval: ['timers', 'clearInterval'],
  setImmediate: ['timers', 'setImmediate'],
  clearImmediate: ['timers', 'clearImmediate']
};
function defineGlobalValue(name, value) {
  Object.defineProperty(global, name, { value: value, writable: true, configurable: true, enumerable: false });
}
function lazyGlobalGet(name) {
  var from = lazyGlobals[name];
  var exports = requireBuiltin(from[0]);
  var value = from[1] === null ? exports : exports[from[1]];
  defineGlobalValue(name, value);
  return value;
}
function lazyGlobalSet(value, name) { defineGlobalValue(name, value); }
for (var lazyName in lazyGlobals) {
  Object.defineProperty(global, lazyName, {
    configurable: true, enumerable: false, get: lazyGlobalGet, set: lazyGlobalSet
  });
}
global.queueMicrotask = function queueMicrotask(fn) { process.nextTick(fn); };

// process.stdout and process.stderr, made on first use (the same shared-accessor scheme).
var stdioFds = { stdout: 1, stderr: 2 };
function defineStdio(name, value) {
  Object.defineProperty(process, name, { value: value, writable: true, configurable: true, enumerable: true });
}
function lazyStdioGet(name) {
  var value = makeStdio(stdioFds[name]);
  defineStdio(name, value);
  return value;
}
function lazyStdioSet(value, name) { defineStdio(name, value); }
for (var stdioName in stdioFds) {
  Object.defineProperty(process, stdioName, {
    configurable: true, enumerable: true, get: lazyStdioGet, set: lazyStdioSet
  });
}

// --- main script ---------------------------------------------------------------------------------
var Module = requireBuiltin('internal/module');
Module._setBuiltinLoader(requireBuiltin, moduleBinding);

return function runMain(kind, value) {
  if (kind === 'eval') Module.runEval(value);
  else Module.runMain(value);
};
