'use strict';
// The net module: Socket (a Duplex over the core's TCP or pipe handle) and Server, with Node's
// semantics. A Unix domain socket (a path) or an inherited descriptor that is one gets a pipe handle,
// which has the stream methods of a TCP handle but no addresses, ports or TCP options.
// Policy lives here (states, argument checks, backpressure); the binding only moves bytes and events.

var EventEmitter = require('events');
var stream = require('stream');
var inherits = require('internal/inherits');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');
var tcp = process._binding('tcp');
var uvErrors = process._binding('errors');
// Internal code queues ticks through its own reference, as Node's internals do (one identifier
// lookup instead of a global one and a property read, on every tick).
var nextTick = process.nextTick;

var makeNodeError = errors.makeNodeError;
var codes = errors.codes;
var errnoException = netErrors.errnoException;
var exceptionWithHostPort = netErrors.exceptionWithHostPort;
var uvExceptionWithHostPort = netErrors.uvExceptionWithHostPort;
var validatePort = netErrors.validatePort;

// libuv's error codes by name, from the binding: no bare numbers.
var UV_EALREADY = uvErrors.code('EALREADY');
var UV_EISCONN = uvErrors.code('EISCONN');
var UV_ENOTCONN = uvErrors.code('ENOTCONN');
var UV_EAI_NONAME = uvErrors.code('EAI_NONAME');
var TIMEOUT_MAX = 2147483647;  // 2^31 - 1 ms, as Node's timers

// Unix sockets and inherited descriptors (internal/net_pipe), loaded on first use: require('net')
// stays as cheap for TCP as it was.
var netPipe = null;
function pipe() { return netPipe || (netPipe = require('internal/net_pipe')); }

// Loaded when first needed: a script that connects to and listens on IP literals never loads them.
var dnsModule = null;
function dns() { return dnsModule || (dnsModule = require('dns')); }
function inspect(value) { return require('util').inspect(value); }

// As Node, any input is read as its string form (so ['127.0.0.1'] is an IPv4 address).
function isIP(input) { return tcp.isIP(typeof input === 'string' ? input : String(input)); }
function isIPv4(input) { return isIP(input) === 4; }
function isIPv6(input) { return isIP(input) === 6; }

// --- handle callbacks (this = the native handle, this.owner = the Socket or Server) ------------------

function onconnection(status, clientHandle) {
  var server = this.owner;
  if (!server) {
    if (clientHandle) clientHandle.close();
    return;
  }
  if (status < 0) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections !== void 0 && server.maxConnections !== null &&
      server._connections >= server.maxConnections) {
    // Refused cleanly: accepted and closed at once, as Node does, after telling 'drop' who it was.
    if (server.listenerCount('drop') > 0) {
      var local = (clientHandle.getsockname && clientHandle.getsockname()) || {};
      var remote = (clientHandle.getpeername && clientHandle.getpeername()) || {};
      server.emit('drop', {
        localAddress: local.address, localPort: local.port, localFamily: local.family,
        remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family
      });
    }
    clientHandle.close();
    return;
  }
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnConnect: server.pauseOnConnect
  });
  if (server.noDelay && clientHandle.setNoDelay) clientHandle.setNoDelay(true);
  if (server.keepAlive && clientHandle.setKeepAlive) clientHandle.setKeepAlive(true, server.keepAliveInitialDelay || 0);
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

// Connections the core had to close because the process ran out of file descriptors (EMFILE):
// Node loses them without a trace (libuv drops them silently). Here the log says so, and 'drop'
// listeners learn who they were, as for maxConnections, with the error that caused it.
function ondrop(status, peers) {
  var server = this.owner;
  if (!server || server.listenerCount('drop') === 0) return;
  var local = this.getsockname() || {};
  var error = errnoException(status, 'accept');
  for (var i = 0; i < peers.length; i++) {
    server.emit('drop', {
      localAddress: local.address, localPort: local.port, localFamily: local.family,
      remoteAddress: peers[i].address, remotePort: peers[i].port, remoteFamily: peers[i].family,
      error: error
    });
  }
}

function onconnect(status) {
  var socket = this.owner;
  if (!socket || socket.destroyed) return;
  if (status < 0) {
    connectFailed(socket, exceptionWithHostPort(status, 'connect', socket._connectAddress, socket._connectPort));
    return;
  }
  socket._connectAttempt = null;
  socket.connecting = false;
  socket._sockname = null;
  var readable = socket._readableOption !== false;
  var writable = socket._writableOption !== false;
  if (!readable) socket.push(null);
  if (!writable) socket.end();
  socket.emit('connect');
  socket.emit('ready');
  if (readable && !socket.isPaused() && !socket.destroyed) socket.read(0);
}

function onread(buffer) {
  var socket = this.owner;
  if (!socket) return;
  var state = socket._readableState;
  if (state.destroyed) return;
  socket.bytesRead += buffer.length;
  if (state.flowing === true && state.length === 0 && state.dataListening && !state.readableListening &&
      !state.sync && !state.ended && state.errored === null && state.decoder === null) {
    // Flowing with nothing buffered: what push() would do, without its follow-up tick. push() hands
    // the chunk to the 'data' listeners at once in this state too, then schedules a read(0) whose
    // only work would be to ask _read() for more, a no-op while the handle is reading (the state
    // already says a read is outstanding).
    state.dataEmitted = true;
    if (state.awaitDrainWriters !== null) {
      if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
      else state.awaitDrainWriters = null;
    }
    socket.emit('data', buffer);
    return;
  }
  if (!socket.push(buffer)) {
    // The stream buffered up to its high-water mark: stop reading so TCP pushes back on the peer.
    socket._handleReading = false;
    this.readStop();
  }
}

function onend() {
  var socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._handleReading = false;
  socket.push(null);
  socket.read(0);
}

function onerror(status) {
  var socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket._handleReading = false;
  socket.destroy(errnoException(status, 'read'));
}

function onwrite(status) {
  var socket = this.owner;
  if (!socket) return;
  var cb = socket._writeCallbacks ? socket._writeCallbacks.shift() : void 0;
  if (status < 0) {
    var err = errnoException(status, 'write');
    socket.destroy(err);
    if (cb) cb(err);
    return;
  }
  if (cb) cb();
}

function onshutdown(status) {
  var socket = this.owner;
  if (!socket) return;
  var cb = socket._shutdownCallback;
  socket._shutdownCallback = null;
  if (!cb) return;
  // ENOTCONN after the peer already reset is not worth an error (Node ignores it too).
  if (status < 0 && status !== UV_ENOTCONN) cb(errnoException(status, 'shutdown'));
  else cb();
}

function ontimeout() {
  var socket = this.owner;
  if (!socket || socket.destroyed) return;
  socket.emit('timeout');
}

function onclose() {
  var owner = this.owner;
  this.owner = null;
  if (!owner) return;
  if (owner instanceof Socket) owner._onHandleClosed(this);
}

tcp.setup({
  onconnection: onconnection,
  onconnect: onconnect,
  onread: onread,
  onend: onend,
  onerror: onerror,
  onwrite: onwrite,
  onshutdown: onshutdown,
  ontimeout: ontimeout,
  onclose: onclose,
  ondrop: ondrop
});

// --- Socket ------------------------------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === void 0 || options === null) options = {};
  else if (typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);

  // The rest of a socket's fields start at the defaults on Socket.prototype (below).
  if (options.readable !== void 0) this._readableOption = options.readable;
  if (options.writable !== void 0) this._writableOption = options.writable;

  var duplexOptions = options.allowHalfOpen ? halfOpenDuplexOptions : duplexDefaults;
  if ((options.handle || options.fd !== void 0) && (options.readable === false || options.writable === false)) {
    // A one-way stream over a handle (a child's stdin or stdout): the other side starts finished.
    duplexOptions = {
      allowHalfOpen: Boolean(options.allowHalfOpen), emitClose: false, autoDestroy: true, decodeStrings: false,
      readable: options.readable !== false, writable: options.writable !== false
    };
  }
  if (options.highWaterMark !== void 0 || options.readableHighWaterMark !== void 0 ||
      options.writableHighWaterMark !== void 0) {
    duplexOptions = {
      allowHalfOpen: Boolean(options.allowHalfOpen), emitClose: false, autoDestroy: true, decodeStrings: false,
      highWaterMark: options.highWaterMark, readableHighWaterMark: options.readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark
    };
  }
  Duplex.call(this, duplexOptions);

  if (options.handle || (options.fd !== void 0 && options.fd !== null)) {
    if (options.handle) {
      this._handle = options.handle;
    } else {
      this._handle = pipe().handleForFd(options.fd, false);
      var openErr = this._handle.open(options.fd);
      if (openErr < 0) throw errnoException(openErr, 'open');
    }
    this._handle.owner = this;
    if (options.readable === false) {
      // Not read at all (Node: no read(0) then): a stream we only write to.
    } else if (options.pauseOnConnect) {
      // Not reading from the kernel until the script calls resume().
      this.pause();
    } else {
      this.read(0);
    }
  } else {
    // A socket that is not connected yet is not writable or readable until connect().
    this._pendingConnect = true;
  }
  if (options.timeout) this.setTimeout(options.timeout);
}
inherits(Socket, stream.Duplex);

// The Duplex options of every socket: 'close' comes from the handle's close callback, with hadError,
// as in Node. Shared (read-only) unless a socket asks for its own high-water marks.
var duplexDefaults = { allowHalfOpen: false, emitClose: false, autoDestroy: true, decodeStrings: false };
var halfOpenDuplexOptions = { allowHalfOpen: true, emitClose: false, autoDestroy: true, decodeStrings: false };
var Duplex = stream.Duplex;

// Per-socket fields start here, on the prototype, and become own properties only when a socket
// changes them: an accepted socket that is read and written the usual way owns a few of them.
var socketDefaults = {
  allowHalfOpen: false,
  connecting: false,
  bytesRead: 0,
  _handle: null,
  _handleReading: false,
  _pausedByUser: false,
  _hadError: false,
  _host: null,
  _sockname: null,
  _peername: null,
  _writeCallbacks: null,     // callbacks of writes the handle queued, in order (an array once used)
  _shutdownCallback: null,
  _connectAttempt: null,
  _connectAddress: void 0,
  _connectPort: void 0,
  _pendingConnect: false,
  _pendingTimeout: 0,
  _pendingKeepAlive: null,
  _pendingNoDelay: null,
  _refed: true,
  _lastBytesWritten: 0,
  _readableOption: void 0,
  _writableOption: void 0,
  server: null,
  _server: null,
  timeout: void 0         // as Node: undefined until setTimeout() is called
};
for (var key in socketDefaults) Socket.prototype[key] = socketDefaults[key];

// Called by the readable side just before it emits 'end' (Node adds this as the socket's first
// 'end' listener; a hook costs no listener array per socket).
Socket.prototype._onReadableEnd = function () {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
};

function writeAfterFIN(chunk, encoding, cb) {
  // Until our own end() has run (Duplex auto-ends on the next tick), the write still goes out, as
  // in Node: a write from an 'end' listener reaches the peer.
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var err = makeNodeError(Error, 'EPIPE', 'This socket has been ended by the other party');
  if (typeof cb === 'function') nextTick(cb, err);
  this.destroy(err);
  return false;
}

Object.defineProperty(Socket.prototype, 'pending', {
  get: function () { return !this._handle || this.connecting; }, configurable: true
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get: function () {
    // As Node: what the stream holds, including chunks handed to the handle and not yet written
    // out (writableLength already counts those; the handle's queue is not added again).
    if (this._handle) return this.writableLength;
  },
  configurable: true
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get: function () {
    // As Node: bytes dispatched to the handle (written + queued there) plus bytes still buffered in
    // the stream, plus a write held until connect; each byte counted once.
    var bytes = this._handle ? this._handle.stats()[1] + this._handle.queuedBytes() : this._lastBytesWritten;
    var buffered = this.writableBuffer || [];
    for (var i = 0; i < buffered.length; i++) bytes += chunkLength(buffered[i].chunk, buffered[i].encoding);
    return bytes + (this._heldWriteBytes || 0);
  },
  configurable: true
});

function peer(socket) {
  if (!socket._peername && socket._handle && !socket.connecting && socket._handle.getpeername) {
    var p = socket._handle.getpeername();
    if (p) socket._peername = p;
  }
  return socket._peername || {};
}

function sock(socket) {
  // As Node: the local end is unknown once the handle is gone (the peer's stays cached).
  if (!socket._handle || !socket._handle.getsockname) return {};
  if (!socket._sockname) {
    var s = socket._handle.getsockname();
    if (s) socket._sockname = s;
  }
  return socket._sockname || {};
}

Object.defineProperty(Socket.prototype, 'remoteAddress', { get: function () { return peer(this).address; }, configurable: true });
Object.defineProperty(Socket.prototype, 'remotePort', { get: function () { return peer(this).port; }, configurable: true });
Object.defineProperty(Socket.prototype, 'remoteFamily', { get: function () { return peer(this).family; }, configurable: true });
Object.defineProperty(Socket.prototype, 'localAddress', { get: function () { return sock(this).address; }, configurable: true });
Object.defineProperty(Socket.prototype, 'localPort', { get: function () { return sock(this).port; }, configurable: true });
Object.defineProperty(Socket.prototype, 'localFamily', { get: function () { return sock(this).family; }, configurable: true });

Socket.prototype.address = function () {
  var s = sock(this);
  if (s.address === void 0) return {};
  return { address: s.address, family: s.family, port: s.port };
};

Socket.prototype.setTimeout = function (msecs, callback) {
  if (typeof msecs !== 'number' && !(typeof msecs === 'string' && msecs.trim() !== '' && !isNaN(+msecs))) {
    throw codes.ERR_INVALID_ARG_TYPE('msecs', 'of type number', msecs);
  }
  msecs = +msecs;
  if (!(msecs >= 0) || !isFinite(msecs)) throw codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  if (callback !== void 0 && typeof callback !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  this.timeout = msecs;
  if (this.destroyed) return this;
  if (msecs > TIMEOUT_MAX) {
    // Node's wording; the handle gets the longest timer there is instead of a value that wraps.
    process.emitWarning(msecs + ' does not fit into a 32-bit signed integer.\nTimer duration was truncated to ' +
                        TIMEOUT_MAX + '.', 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  this._pendingTimeout = msecs;
  if (this._handle && this._handle.setTimeout) this._handle.setTimeout(msecs);
  if (callback) {
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

Socket.prototype.setNoDelay = function (enable) {
  enable = enable === void 0 ? true : Boolean(enable);
  if (this._handle && !this.connecting) {
    if (this._handle.setNoDelay) this._handle.setNoDelay(enable);
  } else {
    this._pendingNoDelay = enable;
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  enable = Boolean(enable);
  initialDelay = Number(initialDelay) || 0;
  // As Node (which passes ~~(initialDelay / 1000) seconds): no delay for a negative or infinite one.
  if (initialDelay < 0 || initialDelay === Infinity) initialDelay = 0;
  if (this._handle && !this.connecting) {
    if (this._handle.setKeepAlive) this._handle.setKeepAlive(enable, initialDelay);
  } else {
    this._pendingKeepAlive = [enable, initialDelay];
  }
  return this;
};

Socket.prototype.ref = function () {
  this._refed = true;
  if (this._handle) this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  this._refed = false;
  if (this._handle) this._handle.unref();
  return this;
};

function tryReadStart(socket) {
  socket._handleReading = true;
  var err = socket._handle.readStart();
  if (err < 0) {
    socket._handleReading = false;
    socket.destroy(errnoException(err, 'read'));
  }
}

Socket.prototype._read = function () {
  if (this.connecting || !this._handle) {
    if (!this._waitingReadConnect) {
      this._waitingReadConnect = true;
      this.once('connect', function () {
        this._waitingReadConnect = false;
        this._read();
      });
    }
    return;
  }
  if (!this._handleReading && !this._pausedByUser) tryReadStart(this);
};

// pause() stops reading from the kernel at once (uv_read_stop), so the peer is pushed back by TCP
// flow control rather than data piling up here.
Socket.prototype.pause = function () {
  this._pausedByUser = true;
  if (this._handle && this._handleReading && !this.connecting) {
    this._handleReading = false;
    this._handle.readStop();
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  if (this._pausedByUser) this._pausedByUser = false;
  if (this._handle && !this._handleReading && !this.connecting && !this.readableEnded && !this.destroyed &&
      this._readableState && !this._readableState.ended) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting || this._pendingConnect) {
    // Held until connected, as Node does; a socket closed first fails the write.
    var self = this;
    var held = 0;
    if (writev) for (var h = 0; h < data.length; h++) held += chunkLength(data[h].chunk, data[h].encoding);
    else held = chunkLength(data, encoding);
    this._heldWriteBytes = (this._heldWriteBytes || 0) + held;
    var onClose = function () {
      self._heldWriteBytes -= held;
      cb(makeNodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established'));
    };
    this.once('connect', function () {
      self.removeListener('close', onClose);
      self._heldWriteBytes -= held;
      self._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (!this._handle) {
    cb(makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  if (writev) {
    var chunks = new Array(data.length);
    for (var i = 0; i < data.length; i++) chunks[i] = toBuffer(data[i].chunk, data[i].encoding);
    // One write of all the chunks as they are (one writev system call), never a joined copy: a
    // backlog of a gigabyte must not need a second gigabyte.
    if (chunks.length === 1) this._writeResult(this._handle.writeBuffer(chunks[0]), cb);
    else this._writeResult(this._handle.writeBuffers(chunks), cb);
  } else {
    this._writeResult(this._handle.writeBuffer(toBuffer(data, encoding)), cb);
  }
};

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding);
  return chunk;
}

// The handle's answer to a write: done now (0), queued (onwrite completes it), or an error.
Socket.prototype._writeResult = function (rc, cb) {
  if (rc < 0) {
    var err = errnoException(rc, 'write');
    this.destroy(err);
    cb(err);
    return;
  }
  if (rc === 0) cb();                 // the kernel took it all
  else if (this._writeCallbacks) this._writeCallbacks.push(cb);  // queued; onwrite completes it
  else this._writeCallbacks = [cb];
};

Socket.prototype._write = function (data, encoding, cb) {
  // A Buffer on a connected socket (the usual case) goes straight to the handle.
  if (this._handle !== null && !this.connecting && !this._pendingConnect && typeof data !== 'string') {
    this._writeResult(this._handle.writeBuffer(data), cb);
    return;
  }
  this._writeGeneric(false, data, encoding, cb);
};
Socket.prototype._writev = function (chunks, cb) { this._writeGeneric(true, chunks, null, cb); };

Socket.prototype._final = function (cb) {
  if (this.pending && !this._handle) {
    // end() on a socket that never connected: nothing to shut down.
    if (!this.connecting) return cb();
  }
  if (this.connecting) {
    var self = this;
    this.once('connect', function () { self._final(cb); });
    return;
  }
  if (!this._handle) return cb();
  this._shutdownCallback = cb;
  var err = this._handle.shutdown();
  if (err < 0) {
    this._shutdownCallback = null;
    if (err === UV_ENOTCONN) return cb();
    cb(errnoException(err, 'shutdown'));
  }
};

Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  this._pendingConnect = false;
  if (this._handle) {
    this._lastBytesWritten = this._handle.stats()[1];
    this._hadError = Boolean(exception);
    this._closingHandle = this._handle;
    this._handle.close();
    this._handle = null;
    this._handleReading = false;
  }
  // Writes that were still queued in the kernel path fail now.
  var pending = this._writeCallbacks;
  if (pending && pending.length > 0) {
    this._writeCallbacks = null;
    var pendingErr = makeNodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    for (var i = 0; i < pending.length; i++) pending[i](pendingErr);
  }
  if (this._shutdownCallback) {
    var sc = this._shutdownCallback;
    this._shutdownCallback = null;
    sc();
  }
  cb(exception);
  if (!this._closingHandle) {
    // No handle (never connected): 'close' follows the 'error' on the next tick, without a hadError
    // argument, as Node's emitCloseNT. A handle being reset (resetAndDestroy) emits 'close' when closed.
    nextTick(emitCloseNT, this);
  }
  if (this._server) {
    var server = this._server;
    this._server = null;
    server._connections--;
    server._emitCloseIfDrained();
  }
};

function emitCloseNT(socket) { socket.emit('close'); }

Socket.prototype._onHandleClosed = function () {
  this._closingHandle = null;
  if (this._replacingHandle) return;
  this.emit('close', this._hadError);
};

// destroySoon: end, then destroy once written (Node keeps it; some scripts use it).
Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (!this._handle.reset) throw makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    this._hadError = false;
    var handle = this._handle;
    this._handle = null;
    handle.reset();
    this._closingHandle = handle;
    this.destroy();
    return this;
  }
  return this.destroy(makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
};

function createHandle(socket, isPipe) {
  var handle = isPipe ? pipe().newPipe() : new tcp.Socket();
  handle.owner = socket;
  socket._handle = handle;
  if (!socket._refed) handle.unref();
  if (socket._pendingTimeout && handle.setTimeout) handle.setTimeout(socket._pendingTimeout);
  return handle;
}

function replaceHandle(socket) {
  var old = socket._handle;
  old.owner = null;
  old.close();
  createHandle(socket);
}

function applyPendingOptions(socket) {
  if (!socket._handle.setNoDelay) return;  // a pipe: no TCP options
  if (socket._pendingNoDelay !== null) {
    socket._handle.setNoDelay(socket._pendingNoDelay);
    socket._pendingNoDelay = null;
  }
  if (socket._pendingKeepAlive) {
    socket._handle.setKeepAlive(socket._pendingKeepAlive[0], socket._pendingKeepAlive[1]);
    socket._pendingKeepAlive = null;
  }
}

// A failed attempt: the next address of the name on a fresh handle, or the end. When several
// addresses were tried Node v20 (autoSelectFamily) fails with an AggregateError of every attempt,
// its code the first attempt's.
function connectFailed(socket, err) {
  var attempt = socket._connectAttempt;
  if (attempt && attempt.addresses.length > 1) attempt.errors.push(err);
  if (attempt && attempt.next < attempt.addresses.length) {
    replaceHandle(socket);
    connectNextAddress(socket);
    return;
  }
  if (attempt && attempt.errors.length > 1) err = aggregateError(attempt.errors);
  socket.destroy(err);
}

function aggregateError(errors) {
  var e = new Error('');
  Object.defineProperty(e, 'name', { value: 'AggregateError', enumerable: false, writable: true, configurable: true });
  Object.defineProperty(e, 'errors', { value: errors, enumerable: false, writable: true, configurable: true });
  e.code = errors[0].code;
  return e;
}

function connectNextAddress(socket) {
  var attempt = socket._connectAttempt;
  var entry = attempt.addresses[attempt.next++];
  if (socket.autoSelectFamilyAttemptedAddresses) socket.autoSelectFamilyAttemptedAddresses.push(entry.address + ':' + attempt.port);
  internalConnect(socket, entry.address, attempt.port, entry.family, attempt.localAddress, attempt.localPort);
}

function internalConnect(socket, address, port, family, localAddress, localPort) {
  if (!socket._handle) return;
  socket._connectAddress = address;
  socket._connectPort = port;
  var err;
  if (localAddress || localPort) {
    if (!localAddress) localAddress = family === 6 ? '::' : '0.0.0.0';
    err = socket._handle.bind(localAddress, localPort || 0);
    if (err < 0) {
      socket.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  err = socket._handle.connect(address, port);
  if (err < 0) {
    connectFailed(socket, exceptionWithHostPort(err, 'connect', address, port));
    return;
  }
  applyPendingOptions(socket);
}

// Argument forms: (options[, cb]), (port[, host][, cb]), (path[, cb]).
// "type string ('x')", "null", as Node's error messages describe a received value.
function describeArg(value) {
  if (value === null || value === void 0) return String(value);
  if (typeof value === 'object' || typeof value === 'function') return inspect(value);
  var shown = String(value);
  if (shown.length > 25) shown = shown.slice(0, 25) + '...';
  if (typeof value === 'string') shown = "'" + shown + "'";
  return 'type ' + typeof value + ' (' + shown + ')';
}

function normalizeConnectArgs(args) {
  var options = {};
  var cb = null;
  if (args.length === 0) return [options, cb];
  var arg0 = args[0];
  if (arg0 !== null && typeof arg0 === 'object') {
    options = arg0;
  } else if (typeof arg0 === 'string' && !/^\s*\d+\s*$/.test(arg0) && isNaN(+arg0)) {
    options = { path: arg0 };
  } else {
    options = { port: arg0 };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var last = args[args.length - 1];
  if (typeof last === 'function') cb = last;
  return [options, cb];
}

// The target of a connect, checked and defaulted as Node does: { host, port, family, localAddress,
// localPort }. Throws on a bad option.
function connectTarget(options) {
  if (options.path !== void 0 && options.path !== null) {
    if (typeof options.path !== 'string') throw codes.ERR_INVALID_ARG_TYPE('options.path', 'of type string', options.path);
    return { path: options.path };
  }
  if (options.port === void 0) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  var port = options.port;
  if (typeof port !== 'number' && typeof port !== 'string') {
    // Node's wording for this one ("property", "one of type").
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options.port" property must be one of type number or string. Received ' + describeArg(port));
  }
  port = validatePort(port);
  var host = options.host;
  if (host !== void 0 && host !== null && typeof host !== 'string') {
    // Node checks the host in dns.lookup, hence the name "hostname".
    throw codes.ERR_INVALID_ARG_TYPE('hostname', 'of type string', host);
  }
  if (!host) host = 'localhost';
  var family = options.family;
  if (family === 'IPv4') family = 4;
  else if (family === 'IPv6') family = 6;
  if (family !== void 0 && family !== null && family !== 0 && family !== 4 && family !== 6) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The property 'options.family' must be one of: 0, 4, 6. Received " + inspect(options.family));
  }
  var localAddress = options.localAddress;
  var localPort = options.localPort;
  if (localAddress && !isIP(localAddress)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + localAddress);
  }
  if (localPort !== void 0 && localPort !== null && typeof localPort !== 'number') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options.localPort" property must be of type number. Received ' + describeArg(localPort));
  }
  if (localPort !== void 0 && localPort !== null) localPort = validatePort(localPort, 'options.localPort');
  return { host: host, port: port, family: family, localAddress: localAddress, localPort: localPort };
}

// A connect() on a socket that has been used: a destroyed one starts afresh, as Node allows; one that
// is connecting or connected is not connected again. Returns true when the call ends here.
function connectUsedSocket(socket, target, cb) {
  if (socket.destroyed) {
    socket._undestroy();
    socket._handle = null;
    socket._peername = null;
    socket._sockname = null;
    socket._hadError = false;
  }
  if (!socket.connecting && !(socket._handle && !socket._pendingConnect)) return false;
  var host = target.host;
  var port = target.port;
  // Node connects the same handle again and the kernel answers EALREADY (still connecting) or
  // EISCONN (connected): the socket is destroyed with that error on the next tick, not thrown.
  if (socket.connecting && !isIP(host)) {
    // Through a name Node's second attempt is dropped while the first is in flight.
    if (cb) socket.once('connect', cb);
    return true;
  }
  var code = socket.connecting ? UV_EALREADY : UV_EISCONN;
  nextTick(function () {
    if (socket.destroyed) return;
    var address = isIP(host) ? host : (socket._connectAddress || host);
    var again = exceptionWithHostPort(code, 'connect', address, port);
    var local = socket._handle ? socket._handle.getsockname() : null;
    if (local && local.address) again.message += ' - Local (' + local.address + ':' + local.port + ')';
    socket.destroy(again);
  });
  return true;
}

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = Array.isArray(args[0]) && args[0].length === 2 && args[0].normalized ? args[0] : normalizeConnectArgs(args);
  var options = normalized[0];
  var cb = normalized[1];
  var target = connectTarget(options);
  if (target.path !== void 0) return connectPath(this, target.path, options, cb);
  if (connectUsedSocket(this, target, cb)) return this;

  if (cb) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay) this.setNoDelay(true);
  if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay || 0);

  this._pendingConnect = false;
  this.connecting = true;
  this._host = target.host;
  createHandle(this);
  lookupAndConnect(this, target, options);
  return this;
};

// A Unix domain socket: one attempt on a pipe handle, started now (the result comes from the loop).
function connectPath(socket, path, options, cb) {
  if (socket.destroyed) connectUsedSocket(socket, {}, null);
  if (cb) socket.once('connect', cb);
  if (socket._handle && !socket._pendingConnect) {
    // Connecting or connected already: the kernel's answer to a second connect, on the next tick.
    var again = exceptionWithHostPort(socket.connecting ? UV_EALREADY : UV_EISCONN, 'connect', path);
    nextTick(function () { if (!socket.destroyed) socket.destroy(again); });
    return socket;
  }
  if (options.timeout) socket.setTimeout(options.timeout);
  socket._pendingConnect = false;
  socket.connecting = true;
  socket._connectAttempt = null;
  socket._connectAddress = path;
  socket._connectPort = void 0;
  createHandle(socket, true);
  var err = socket._handle.connect(path);
  if (err < 0) {
    var e = exceptionWithHostPort(err, 'connect', path);
    nextTick(function () { connectFailed(socket, e); });
  }
  return socket;
}

// A numeric host is connected to on the next tick; a name goes through the lookup (options.lookup or
// dns.lookup) first.
function lookupAndConnect(socket, target, options) {
  var host = target.host;
  var family = target.family;
  var literal = isIP(host);
  if (literal) {
    nextTick(function () {
      if (!socket.connecting || socket.destroyed) return;
      socket._connectAttempt = null;
      internalConnect(socket, host, target.port, literal, target.localAddress, target.localPort);
    });
    return;
  }
  var lookupFn = typeof options.lookup === 'function' ? options.lookup : dns().lookup;
  // The resolver's options as Node v20 passes them: without a family, only the families this host
  // has an address of (AI_ADDRCONFIG) unless the caller gives its own hints.
  var lookupOptions = { family: options.family === void 0 ? void 0 : family, hints: options.hints || 0 };
  if (family !== 4 && family !== 6 && lookupOptions.hints === 0) lookupOptions.hints = dns().ADDRCONFIG;
  // As Node v20: a family, a local address or autoSelectFamily: false asks for one address only.
  if (family || target.localAddress || options.autoSelectFamily === false) {
    lookupFn(host, lookupOptions, function (err, ip, addressType) {
      lookedUpOne(socket, target, err, ip, addressType);
    });
    return;
  }
  lookupOptions.all = true;
  lookupFn(host, lookupOptions, function (err, addresses, fam) {
    lookedUpAll(socket, target, err, addresses, fam);
  });
}

function lookedUpOne(socket, target, err, ip, addressType) {
  if (!socket.connecting || socket.destroyed) return;
  socket.emit('lookup', err, ip, addressType, target.host);
  if (!socket.connecting || socket.destroyed) return;
  if (!err && !isIP(ip)) {
    err = makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + ip);
  } else if (!err && addressType !== 4 && addressType !== 6) {
    err = makeNodeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY',
      'Invalid address family: ' + addressType + ' ' + target.host + ':' + target.port);
  }
  if (err) {
    socket.destroy(err);
    return;
  }
  socket._connectAttempt = null;
  internalConnect(socket, ip, target.port, addressType, target.localAddress, target.localPort);
}

function lookedUpAll(socket, target, err, addresses, fam) {
  if (!socket.connecting || socket.destroyed) return;
  // A custom lookup may answer in the single-address form.
  if (!err && typeof addresses === 'string') addresses = [{ address: addresses, family: fam }];
  if (err) {
    socket.emit('lookup', err, void 0, void 0, target.host);
    socket.destroy(err);
    return;
  }
  // As Node v20 (autoSelectFamily): 'lookup' for every address, then the attempts.
  for (var a = 0; a < addresses.length; a++) {
    socket.emit('lookup', null, addresses[a].address, addresses[a].family, target.host);
  }
  if (!socket.connecting || socket.destroyed) return;
  var toAttempt = connectOrder(addresses);
  if (toAttempt.length === 0) {
    socket.destroy(noUsableAddress(addresses[0], target));
    return;
  }
  socket._connectAttempt = {
    addresses: toAttempt, next: 0, port: target.port, localAddress: target.localAddress, localPort: target.localPort,
    errors: []
  };
  // As Node: the "address:port" of every attempt, when the name gave several addresses.
  if (toAttempt.length > 1) socket.autoSelectFamilyAttemptedAddresses = [];
  connectNextAddress(socket);
}

// The order Node v20 (autoSelectFamily) tries a name's addresses in: the families alternate, starting
// with the first address's, each address once; entries that are not an IPv4 or IPv6 address are left out.
function connectOrder(addresses) {
  var byFamily = [[], []];
  var firstFamily = 0;
  for (var a = 0; a < addresses.length; a++) {
    var fam = addresses[a].family;
    if ((fam !== 4 && fam !== 6) || !isIP(addresses[a].address)) continue;
    if (!firstFamily) firstFamily = fam;
    var bucket = byFamily[fam === firstFamily ? 0 : 1];
    var dup = false;
    for (var d = 0; d < bucket.length; d++) if (bucket[d].address === addresses[a].address) dup = true;
    if (!dup) bucket.push(addresses[a]);
  }
  var ordered = [];
  for (var k = 0; k < Math.max(byFamily[0].length, byFamily[1].length); k++) {
    if (k < byFamily[0].length) ordered.push(byFamily[0][k]);
    if (k < byFamily[1].length) ordered.push(byFamily[1][k]);
  }
  return ordered;
}

// Nothing usable in a (custom) lookup's answer: the error of its first entry, as Node.
function noUsableAddress(first, target) {
  if (!first) return netErrors.dnsException(UV_EAI_NONAME, 'getaddrinfo', target.host);
  if (!isIP(first.address)) return makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + first.address);
  return makeNodeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY',
    'Invalid address family: ' + first.family + ' ' + target.host + ':' + target.port);
}

// --- Server ------------------------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === void 0 || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._handle = null;
  this._refed = true;
  this._listening = false;
  this.allowHalfOpen = Boolean(options.allowHalfOpen);
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000) * 1000 || 0;
  this.maxConnections = void 0;
}
inherits(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get: function () { return Boolean(this._handle) && this._listening; }, configurable: true
});

function toNumberPort(port) {
  return validatePort(port, 'options.port');
}

Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var options = {};
  if (args.length > 0 && args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else if (typeof args[0] === 'string' && !/^\s*\d+\s*$/.test(args[0]) && isNaN(+args[0])) {
    options.path = args[0];
    if (typeof args[1] === 'number') options.backlog = args[1];
  } else if (args.length > 0) {
    options.port = args[0];
    if (typeof args[1] === 'string' || args[1] === null || args[1] === void 0) {
      if (typeof args[1] === 'string') options.host = args[1];
      if (args.length > 2) options.backlog = args[2];
    } else if (typeof args[1] === 'number') {
      options.backlog = args[1];
    }
  }
  if (this._handle) {
    throw makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  var explicitOptions = args.length > 0 && args[0] !== null && typeof args[0] === 'object';
  var backlog = options.backlog === void 0 || options.backlog === null ? 511 : options.backlog | 0;
  if (backlog < 0) backlog = 511;
  if (typeof options.fd === 'number' && options.fd >= 0) {
    if (cb) this.once('listening', cb);
    pipe().listenFd(this, options.fd, backlog);
    return this;
  }
  if (typeof options.path === 'string' && options.path !== '' && !('port' in options)) {
    if (cb) this.once('listening', cb);
    pipe().listenPath(this, options.path, backlog);
    return this;
  }
  if (explicitOptions && !('port' in options) && !('path' in options)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'options' must have the property \"port\" or \"path\". Received " + inspect(options));
  }
  if (options.port !== void 0 && options.port !== null &&
      typeof options.port !== 'number' && typeof options.port !== 'string') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'options' is invalid. Received " + inspect(options));
  }
  var port = options.port === void 0 || options.port === null ? 0 : toNumberPort(options.port);
  var host = options.host;
  if (host !== void 0 && host !== null && typeof host !== 'string') {
    throw codes.ERR_INVALID_ARG_TYPE('hostname', 'of type string', host);
  }
  if (cb) this.once('listening', cb);
  var ipv6Only = Boolean(options.ipv6Only);

  var self = this;
  if (!host) {
    listenOn(this, null, port, backlog, ipv6Only);
  } else if (isIP(host)) {
    listenOn(this, host, port, backlog, ipv6Only);
  } else {
    // A placeholder handle marks the server busy while the name resolves.
    this._handle = { pendingLookup: true, close: function () {} };
    dns().lookup(host, function (err, address) {
      if (self._handle && self._handle.pendingLookup) self._handle = null;
      else return;  // closed while resolving
      if (err) {
        self.emit('error', err);
        return;
      }
      listenOn(self, address, port, backlog, ipv6Only);
    });
  }
  return this;
};

function createServerHandle(server, address, port, ipv6Only) {
  var handle = new tcp.Server();
  var err = handle.bind(address, port, ipv6Only);
  if (err < 0) {
    handle.close();
    return err;
  }
  return handle;
}

function listenOn(server, address, port, backlog, ipv6Only) {
  var handle;
  if (address === null) {
    // Default: dual-stack "::", or IPv4 when this host has no IPv6.
    handle = createServerHandle(server, '::', port, false);
    address = '::';
    if (typeof handle === 'number') {
      handle = createServerHandle(server, '0.0.0.0', port, false);
      address = '0.0.0.0';
    }
  } else {
    handle = createServerHandle(server, address, port, ipv6Only);
  }
  if (typeof handle === 'number') {
    var bindErr = uvExceptionWithHostPort(handle, 'listen', address, port);
    nextTick(function () { server.emit('error', bindErr); });
    return;
  }
  var err = handle.listen(backlog);
  if (err < 0) {
    handle.close();
    var listenErr = uvExceptionWithHostPort(err, 'listen', address, port);
    nextTick(function () { server.emit('error', listenErr); });
    return;
  }
  handle.owner = server;
  server._handle = handle;
  server._listening = true;
  if (!server._refed) handle.unref();
  nextTick(function () {
    if (server._handle === handle) server.emit('listening');
  });
}

Server.prototype.address = function () {
  // As Node: a Unix socket server's path, still after close.
  if (!this._handle || !this._handle.getsockname) return this._pipeName || null;
  var name = this._handle.getsockname();
  return name ? { address: name.address, family: name.family, port: name.port } : null;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function () {
        cb(makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.owner = null;
    this._handle.close();
    this._handle = null;
    this._listening = false;
  }
  this._emitCloseIfDrained();
  return this;
};

// Every close() of a drained server emits 'close' once more (Node v20 does not coalesce them).
Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections > 0) return;
  var self = this;
  nextTick(function () {
    if (self._handle || self._connections > 0) return;
    self.emit('close');
  });
};

Server.prototype.getConnections = function (cb) {
  var count = this._connections;
  nextTick(cb, null, count);
  return this;
};

Server.prototype.ref = function () {
  this._refed = true;
  if (this._handle && this._handle.ref) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._refed = false;
  if (this._handle && this._handle.unref) this._handle.unref();
  return this;
};

// --- module functions --------------------------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = normalizeConnectArgs(args);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(options, normalized[1] || void 0);
}

exports.Socket = Socket;
exports.Stream = Socket;
exports.Server = Server;
exports.createServer = createServer;
exports.connect = connect;
exports.createConnection = connect;
exports.isIP = isIP;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
