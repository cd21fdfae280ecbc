'use strict';
// The child_process module: spawn (and exec/execFile over it) with stdio as net.Sockets over pipe
// handles, as in Node, and the Sync forms over a private loop in the binding. Node v20's event order:
// 'spawn' (or 'error' for a missing program), 'exit', then 'close' once every stdio stream closed.

var EventEmitter = require('events');
var inherits = require('internal/inherits');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');
var binding = process._binding('process_wrap');
var uvErrors = process._binding('errors');

var makeNodeError = errors.makeNodeError;
var codes = errors.codes;
var nextTick = process.nextTick;

var UV_ENOENT = uvErrors.code('ENOENT');
var UV_EACCES = uvErrors.code('EACCES');
var UV_EAGAIN = uvErrors.code('EAGAIN');
var UV_EMFILE = uvErrors.code('EMFILE');
var UV_ENFILE = uvErrors.code('ENFILE');
var UV_ESRCH = uvErrors.code('ESRCH');
var UV_ETIMEDOUT = uvErrors.code('ETIMEDOUT');
var UV_ENOBUFS = uvErrors.code('ENOBUFS');

var netModule = null;
function net() { return netModule || (netModule = require('net')); }

// "spawn nosuchprog ENOENT", with errno, code, syscall, path and spawnargs as Node sets them.
function spawnError(err, file, spawnargs, syncPrefix) {
  var e = netErrors.errnoException(err, (syncPrefix || 'spawn') + ' ' + file);
  e.path = file;
  e.spawnargs = spawnargs;
  return e;
}

function signalNumber(sig) {
  if (typeof sig === 'number') return sig;
  var n = typeof sig === 'string' ? binding.signalNumber(sig) : 0;
  if (!n) throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
  return n;
}

// --- arguments ----------------------------------------------------------------------------------------

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'of type string', value);
}

// (file, args, options) as Node's normalizeSpawnArguments: the shell form, the environment as
// "NAME=value" pairs, and stdio left to the caller.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice(0);
  } else if (args === void 0 || args === null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('args', 'an instance of Array', args);
  } else {
    options = args;
    args = [];
  }
  if (options === void 0 || options === null) options = {};
  else if (typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  if (options.cwd !== void 0 && options.cwd !== null) validateString(options.cwd, 'options.cwd');
  if (options.shell) {
    var command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  var argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  var env = options.env || process.env;
  var envPairs = [];
  for (var key in env) {
    if (env[key] !== void 0) envPairs.push(key + '=' + env[key]);
  }
  return {
    file: file,
    args: [argv0].concat(args),
    cwd: options.cwd || void 0,
    envPairs: envPairs,
    detached: Boolean(options.detached),
    windowsHide: true,
    options: options
  };
}

// 'pipe' | 'inherit' | 'ignore' | [..] -> [{type: 'pipe'|'fd'|'ignore', fd}] for fds 0, 1, 2, ...
function normalizeStdio(stdio) {
  if (stdio === void 0 || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (stdio === 'pipe' || stdio === 'overlapped') stdio = ['pipe', 'pipe', 'pipe'];
    else if (stdio === 'inherit') stdio = [0, 1, 2];
    else if (stdio === 'ignore') stdio = ['ignore', 'ignore', 'ignore'];
    else throw codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  } else if (!Array.isArray(stdio)) {
    throw codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  var out = [];
  var n = Math.max(stdio.length, 3);
  for (var i = 0; i < n; i++) {
    var s = stdio[i];
    if (s === void 0 || s === null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') out.push({ type: 'pipe' });
    else if (s === 'ignore') out.push({ type: 'ignore' });
    else if (s === 'inherit') out.push({ type: 'fd', fd: i });
    else if (typeof s === 'number') out.push({ type: 'fd', fd: s });
    else if (s && typeof s === 'object' && typeof s.fd === 'number') out.push({ type: 'fd', fd: s.fd });
    else throw codes.ERR_INVALID_ARG_VALUE('stdio', s);
  }
  return out;
}

// --- ChildProcess -------------------------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
  this.stdin = null;
  this.stdout = null;
  this.stderr = null;
  this.stdio = [];
}
inherits(ChildProcess, EventEmitter);

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

function onexit(exitCode, signalCode) {
  var child = this.owner;
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (child._handle) {
    child._handle.owner = null;
    child._handle.close();
    child._handle = null;
  }
  if (exitCode < 0) {
    child.emit('error', spawnError(exitCode, child.spawnfile, child.spawnargs.slice(1)));
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Output still buffered in a paused stream is not waited for: flowing it lets 'close' come.
  nextTick(flushStdio, child);
  maybeClose(child);
}

function flushStdio(child) {
  for (var i = 0; i < child.stdio.length; i++) {
    var s = child.stdio[i];
    if (!s || !s.readable || s._readableState.readableListening) continue;
    s.resume();
  }
}

ChildProcess.prototype.spawn = function (options) {
  var stdio = normalizeStdio(options.stdio);
  var handles = [];
  for (var i = 0; i < stdio.length; i++) {
    if (stdio[i].type === 'pipe') {
      stdio[i].handle = require('internal/net_pipe').newPipe();
      handles[i] = stdio[i].handle;
    }
  }
  this.spawnfile = options.file;
  this.spawnargs = options.args;
  var handle = new binding.Process();
  handle.owner = this;
  handle.onexit = onexit;
  this._handle = handle;
  var err = handle.spawn({
    file: options.file, args: options.args, cwd: options.cwd, envPairs: options.envPairs,
    detached: options.detached, stdio: stdio
  });
  var self = this;
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
    // A run-time failure is an 'error' event (then 'close'), not an exception, as in Node.
    nextTick(function () { onexit.call(handle, err, null); });
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle = null;
    handle.owner = null;
    closeHandles(handles);
    throw netErrors.errnoException(err, 'spawn');
  } else {
    nextTick(function () { self.emit('spawn'); });
    this.pid = handle.pid;
  }
  for (var j = 0; j < stdio.length; j++) {
    if (!handles[j]) {
      this.stdio.push(null);
      continue;
    }
    // As Node, a child that never started still has its stdio streams, without a handle.
    if (err) handles[j].close();
    var socket = createSocket(err ? null : handles[j], j > 0);
    this.stdio.push(socket);
    if (!err && j > 0) {
      this._closesNeeded++;
      socket.on('close', function () { maybeClose(self); });
    }
  }
  this.stdin = this.stdio[0] || null;
  this.stdout = this.stdio[1] || null;
  this.stderr = this.stdio[2] || null;
  return err;
};

function closeHandles(handles) {
  for (var i = 0; i < handles.length; i++) if (handles[i]) handles[i].close();
}

function createSocket(handle, readable) {
  return handle ? new (net().Socket)({ handle: handle, readable: readable }) : new (net().Socket)();
}

ChildProcess.prototype.kill = function (sig) {
  var signal = sig === 0 ? 0 : signalNumber(sig === void 0 ? 'SIGTERM' : sig);
  if (this._handle) {
    var err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err !== UV_ESRCH) this.emit('error', netErrors.errnoException(err, 'kill'));
  }
  return false;
};

ChildProcess.prototype.ref = function () { if (this._handle) this._handle.ref(); };
ChildProcess.prototype.unref = function () { if (this._handle) this._handle.unref(); };

// --- spawn, execFile, exec ----------------------------------------------------------------------------

function spawn(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var child = new ChildProcess();
  child.spawn({
    file: opts.file, args: opts.args, cwd: opts.cwd, envPairs: opts.envPairs, detached: opts.detached,
    stdio: opts.options.stdio
  });
  var timeout = opts.options.timeout;
  if (timeout > 0) {
    var timer = setTimeout(function () {
      timer = null;
      child.kill(opts.options.killSignal || 'SIGTERM');
    }, timeout);
    child.once('exit', function () { if (timer) clearTimeout(timer); });
  }
  return child;
}

// execFile(file, options[, callback]): an object in args' place is the options.
function argsAreOptions(args) {
  return args !== null && args !== void 0 && !Array.isArray(args) && typeof args === 'object';
}

// A copy, so that the caller's options object is not changed.
function copyOptions(options) {
  var o = {};
  var src = options || {};
  for (var k in src) o[k] = src[k];
  return o;
}

// exec and execSync run the command in a shell: the caller's, when it names one.
function shellOptions(options) {
  var o = copyOptions(options);
  o.shell = typeof o.shell === 'string' ? o.shell : true;
  return o;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (typeof options === 'function') {
    callback = options;
    options = void 0;
  }
  if (argsAreOptions(args)) {
    options = args;
    args = [];
  }
  var o = copyOptions(options);
  var encoding = o.encoding === void 0 ? 'utf8' : o.encoding;
  var timeout = o.timeout || 0;
  var maxBuffer = o.maxBuffer === void 0 ? 1024 * 1024 : o.maxBuffer;
  var killSignal = o.killSignal || 'SIGTERM';
  if (callback !== void 0 && callback !== null && typeof callback !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  var child = spawn(file, args, {
    cwd: o.cwd, env: o.env, shell: o.shell, argv0: o.argv0, detached: o.detached,
    stdio: ['pipe', 'pipe', 'pipe']
  });
  var cmd = [file].concat(args || []).join(' ');
  var out = { 1: [], 2: [] };
  var lengths = { 1: 0, 2: 0 };
  var ex = null;
  var killed = false;
  var exited = false;
  var timer = null;

  function text(n) {
    var buf = Buffer.concat(out[n]);
    return encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding) ? buf.toString(encoding) : buf;
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    var stdout = text(1);
    var stderr = text(2);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += '';
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? uvErrors.errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (timeout > 0) {
    timer = setTimeout(function () {
      timer = null;
      kill();
    }, timeout);
  }

  function collect(n, stream) {
    if (!stream) return;
    stream.on('data', function (chunk) {
      var room = maxBuffer - lengths[n];
      if (chunk.length > room) {
        if (room > 0) out[n].push(chunk.slice(0, room));
        lengths[n] = maxBuffer;
        ex = makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
          (n === 1 ? 'stdout' : 'stderr') + ' maxBuffer length exceeded');
        kill();
        return;
      }
      out[n].push(chunk);
      lengths[n] += chunk.length;
    });
  }
  collect(1, child.stdout);
  collect(2, child.stderr);
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = void 0;
  }
  validateString(command, 'command');
  return execFile(command, [], shellOptions(options), callback);
}

// --- the Sync forms -----------------------------------------------------------------------------------

function spawnSync(file, args, options) {
  var opts = normalizeSpawnArguments(file, args, options);
  var o = opts.options;
  var stdio = normalizeStdio(o.stdio);
  var input = o.input;
  if (input !== void 0 && typeof input !== 'string' && !Buffer.isBuffer(input) && !(input instanceof Uint8Array)) {
    throw codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', 'of type string or an instance of Buffer, TypedArray, or DataView', input);
  }
  var maxBuffer = o.maxBuffer === void 0 ? 1024 * 1024 : o.maxBuffer;
  var r = binding.spawnSync({
    file: opts.file, args: opts.args, cwd: opts.cwd, envPairs: opts.envPairs, detached: opts.detached,
    stdio: stdio, input: input, timeout: o.timeout || 0, killSignal: signalNumber(o.killSignal || 'SIGTERM'),
    maxBuffer: maxBuffer === Infinity ? 0 : maxBuffer
  });
  var result = {
    status: null, signal: null, output: null, pid: r.pid, stdout: null, stderr: null
  };
  var spawnFailed = r.pid === 0 && r.error !== 0;
  if (spawnFailed) {
    result.error = spawnError(r.error, opts.file, opts.args.slice(1), 'spawnSync');
    result.pid = 0;
    return result;
  }
  result.output = r.output;
  if (o.encoding && o.encoding !== 'buffer' && Buffer.isEncoding(o.encoding)) {
    for (var i = 0; i < result.output.length; i++) {
      if (result.output[i]) result.output[i] = result.output[i].toString(o.encoding);
    }
  }
  result.stdout = result.output[1];
  result.stderr = result.output[2];
  if (r.signal) result.signal = r.signal;
  else result.status = r.status;
  if (r.error === UV_ETIMEDOUT || r.error === UV_ENOBUFS) {
    result.error = netErrors.errnoException(r.error, 'spawnSync ' + opts.file);
    result.error.path = opts.file;
    result.error.spawnargs = opts.args.slice(1);
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    for (var k in ret) if (k !== 'error') err[k] = ret[k];
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ' + (cmd || args.join(' '));
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    for (var k2 in ret) err[k2] = ret[k2];
  }
  return err;
}

// execFileSync and execSync: as Node, stderr goes to ours unless the caller pipes it; a failure
// (cmd names the command line in its message) throws.
function runSync(file, args, o, cmd) {
  if (o.stdio === void 0) o.stdio = ['pipe', 'pipe', 'inherit'];
  var ret = spawnSync(file, args, o);
  var err = checkExecSyncError(ret, [file].concat(args || []), cmd);
  if (err) throw err;
  return ret.stdout;
}

function execFileSync(file, args, options) {
  if (argsAreOptions(args)) {
    options = args;
    args = [];
  }
  return runSync(file, args, copyOptions(options), null);
}

function execSync(command, options) {
  validateString(command, 'command');
  return runSync(command, [], shellOptions(options), command);
}

// util.promisify(exec) and (execFile), as Node's: the promise resolves { stdout, stderr }, rejects
// with the error carrying both, and holds the ChildProcess as `child`.
function promiseForm(orig) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var settle;
    var promise = new Promise(function (resolve, reject) {
      settle = function (err, stdout, stderr) {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout: stdout, stderr: stderr });
        }
      };
    });
    args.push(settle);
    promise.child = orig.apply(void 0, args);
    return promise;
  };
}
var promisifyCustom = require('internal/promisify').custom;
Object.defineProperty(exec, promisifyCustom, { value: promiseForm(exec), configurable: true });
Object.defineProperty(execFile, promisifyCustom, { value: promiseForm(execFile), configurable: true });

exports.ChildProcess = ChildProcess;
exports.spawn = spawn;
exports.exec = exec;
exports.execFile = execFile;
exports.spawnSync = spawnSync;
exports.execSync = execSync;
exports.execFileSync = execFileSync;
