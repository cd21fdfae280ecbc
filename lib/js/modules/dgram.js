'use strict';
// The dgram module: UDP sockets (udp4, udp6) with Node's semantics over the core's UdpSocket. Policy
// lives here (bind and connect states, the queue of sends made before binding, argument checks); the
// binding only moves datagrams and reports libuv's codes.

var EventEmitter = require('events');
var inherits = require('internal/inherits');
var errors = require('internal/errors');
var netErrors = require('internal/net_errors');
var udp = process._binding('udp');
var Buffer = require('buffer').Buffer;

var makeNodeError = errors.makeNodeError;
var codes = errors.codes;
var errnoException = netErrors.errnoException;
var exceptionWithHostPort = netErrors.exceptionWithHostPort;
var validatePort = netErrors.validatePort;
var nextTick = process.nextTick;

var BIND_STATE_UNBOUND = 0;
var BIND_STATE_BINDING = 1;
var BIND_STATE_BOUND = 2;

var CONNECT_STATE_DISCONNECTED = 0;
var CONNECT_STATE_CONNECTING = 1;
var CONNECT_STATE_CONNECTED = 2;

var kState = Symbol('state symbol');
var BUFFER_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';

// --- handle callbacks (this = the native handle, this.owner = the Socket) ------------------------------

udp.setup({
  onmessage: function (buffer, rinfo) {
    var socket = this.owner;
    if (socket) socket.emit('message', buffer, rinfo);
  },
  onerror: function (status) {
    var socket = this.owner;
    if (socket) socket.emit('error', errnoException(status, 'recvmsg'));
  },
  onsend: function (req, status, bytes) {
    req.callback(status < 0 ? exceptionWithHostPort(status, 'send', req.address, req.port) : null, bytes);
  }
});

// --- errors ----------------------------------------------------------------------------------------------

function badType() {
  return makeNodeError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
}
function notRunning() { return makeNodeError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running'); }
function notConnected() { return makeNodeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected'); }
function isConnected() { return makeNodeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected'); }
function alreadyBound() { return makeNodeError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound'); }
function outOfBounds(name) {
  return makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"' + name + '" is outside of buffer bounds');
}

// Node's SystemError for a failed SO_RCVBUF/SO_SNDBUF call.
function bufferSizeError(status, syscall) {
  return netErrors.systemError('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', status, syscall);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'of type string', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'of type number', value);
}

// --- name resolution ----------------------------------------------------------------------------------

var dnsModule = null;  // loaded on the first lookup

// Through createSocket's `lookup` option when given, else dns.lookup (which answers an address
// literal on the next tick): either way bind, connect and send continue asynchronously, as in Node.
function lookup(socket, address, callback) {
  var state = socket[kState];
  var family = state.family;
  if (!address) address = family === 4 ? '127.0.0.1' : '::1';
  if (state.lookup) {
    state.lookup(address, family, callback);
    return;
  }
  if (!dnsModule) dnsModule = require('dns');
  dnsModule.lookup(address, family, callback);
}

// --- Socket --------------------------------------------------------------------------------------------

function Socket(type, listener) {
  EventEmitter.call(this);
  var options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
  }
  var customLookup = options && options.lookup;
  if (customLookup !== void 0 && typeof customLookup !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('lookup', 'of type function', customLookup);
  }
  if (type !== 'udp4' && type !== 'udp6') throw badType();

  var handle = new udp.UDP();
  handle.owner = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  // The state lives under a symbol, as in Node, so a socket's own keys are Node's.
  this[kState] = {
    handle: handle,
    family: type === 'udp4' ? 4 : 6,
    lookup: customLookup,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: void 0,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize: options && options.recvBufferSize,
    sendBufferSize: options && options.sendBufferSize
  };
}
inherits(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw notRunning();
}

function startListening(socket) {
  var err = socket[kState].handle.recvStart();
  if (err < 0) {
    socket[kState].bindState = BIND_STATE_UNBOUND;
    socket.emit('error', errnoException(err, 'recvStart'));
    return;
  }
  socket[kState].receiving = true;
  socket[kState].bindState = BIND_STATE_BOUND;
  if (socket[kState].recvBufferSize) bufferSize(socket, socket[kState].recvBufferSize, true);
  if (socket[kState].sendBufferSize) bufferSize(socket, socket[kState].sendBufferSize, false);
  socket.emit('listening');
}

function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) {
    throw makeNodeError(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer');
  }
  var handle = socket[kState].handle;
  if (!handle) throw bufferSizeError(process._binding('errors').code('EBADF'), receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
  var ret = handle.bufferSize(size, receive);
  if (ret < 0) throw bufferSizeError(ret, receive ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
  return ret;
}

Socket.prototype.bind = function (port_, address_ /* , callback */) {
  var port = port_;
  var self = this;
  healthCheck(this);
  if (this[kState].bindState !== BIND_STATE_UNBOUND) throw alreadyBound();
  this[kState].bindState = BIND_STATE_BINDING;

  var cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    var removeListeners = function () {
      self.removeListener('error', removeListeners);
      self.removeListener('listening', onListening);
    };
    var onListening = function () {
      removeListeners();
      cb.call(self);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  var address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this[kState].family === 4 ? '0.0.0.0' : '::';

  lookup(this, address, function (err, ip) {
    if (err) {
      self[kState].bindState = BIND_STATE_UNBOUND;
      self.emit('error', err);
      return;
    }
    if (!self[kState].handle) return;  // closed in the meantime
    var flags = 0;
    if (self[kState].reuseAddr) flags |= udp.UV_UDP_REUSEADDR;
    if (self[kState].ipv6Only) flags |= udp.UV_UDP_IPV6ONLY;
    var rc = self[kState].handle.bind(ip, port || 0, self[kState].family, flags);
    if (rc < 0) {
      self[kState].bindState = BIND_STATE_UNBOUND;
      self.emit('error', exceptionWithHostPort(rc, 'bind', ip, port));
      return;
    }
    startListening(self);
  });
  return this;
};

Socket.prototype.connect = function (port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === void 0) {
    address = '';
  }
  validateString(address, 'address');
  if (this[kState].connectState !== CONNECT_STATE_DISCONNECTED) throw isConnected();
  this[kState].connectState = CONNECT_STATE_CONNECTING;
  if (this[kState].bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (this[kState].bindState !== BIND_STATE_BOUND) {
    var self = this;
    enqueue(this, function () { startConnect(self, port, address, callback); });
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(self, port, address, callback) {
  if (callback) self.once('connect', callback);
  lookup(self, address, function (ex, ip) {
    if (!self[kState].handle) return;
    if (!ex) {
      var rc = self[kState].handle.connect(ip, port, self[kState].family);
      if (rc < 0) ex = exceptionWithHostPort(rc, 'connect', address, port);
    }
    if (ex) {
      self[kState].connectState = CONNECT_STATE_DISCONNECTED;
      nextTick(function () {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    self[kState].connectState = CONNECT_STATE_CONNECTED;
    nextTick(function () { self.emit('connect'); });
  });
}

Socket.prototype.disconnect = function () {
  if (this[kState].connectState !== CONNECT_STATE_CONNECTED) throw notConnected();
  var rc = this[kState].handle.disconnect();
  if (rc < 0) throw errnoException(rc, 'connect');
  this[kState].connectState = CONNECT_STATE_DISCONNECTED;
};

// Legacy form (IoT.js documents it): offset and length are required.
Socket.prototype.sendto = function (buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function isView(value) {
  return Buffer.isBuffer(value) || (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(value));
}

function asBuffer(view) {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isView(buffer)) throw codes.ERR_INVALID_ARG_TYPE('buffer', BUFFER_TYPES, buffer);
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw outOfBounds('offset');
  if (offset + length > buffer.byteLength) throw outOfBounds('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  var out = new Array(list.length);
  for (var i = 0; i < list.length; i++) {
    var buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isView(buf)) return null;
    else out[i] = asBuffer(buf);
  }
  return out;
}

function enqueue(self, fn) {
  if (self[kState].queue === void 0) {
    self[kState].queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  self[kState].queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  var queue = this[kState].queue;
  this[kState].queue = void 0;
  for (var i = 0; i < queue.length; i++) queue[i]();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = void 0;
}

// send(msg[, offset, length], port[, address][, callback]); on a connected socket without port and
// address. msg: a Buffer, TypedArray, DataView, string, or an array of them (sent as one datagram).
Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
  var list;
  var connected = this[kState].connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw isConnected();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isView(buffer)) throw codes.ERR_INVALID_ARG_TYPE('buffer', BUFFER_TYPES, buffer);
    else list = [asBuffer(buffer)];
  } else if (!(list = fixBufferList(buffer))) {
    throw codes.ERR_INVALID_ARG_TYPE('buffer list arguments', BUFFER_TYPES, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = void 0;
  if (typeof address === 'function') {
    callback = address;
    address = void 0;
  } else if (address !== void 0 && address !== null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (this[kState].bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));

  // Not bound yet: the datagram waits for 'listening'.
  if (this[kState].bindState !== BIND_STATE_BOUND) {
    var self = this;
    enqueue(this, function () { self.send(list, port, address, callback); });
    return;
  }

  if (connected) {
    doSend(null, this, null, list, address, port, callback);
    return;
  }
  var socket = this;
  lookup(this, address, function (ex, ip) {
    doSend(ex, socket, ip, list, address, port, callback);
  });
};

function doSend(ex, self, ip, list, address, port, callback) {
  if (ex) {
    if (callback) nextTick(callback, ex);
    else nextTick(function () { self.emit('error', ex); });
    return;
  }
  if (!self[kState].handle) return;
  var req = null;
  if (callback) req = { callback: callback, address: address, port: port };
  var rc = port ? self[kState].handle.send(req, list, ip, port, self[kState].family) : self[kState].handle.send(req, list, null);
  if (rc >= 1) {
    // Sent at once: the callback still comes on a later tick, with the datagram's size.
    if (callback) nextTick(callback, null, rc - 1);
    return;
  }
  if (rc < 0 && callback) nextTick(callback, exceptionWithHostPort(rc, 'send', address, port));
}

Socket.prototype.close = function (callback) {
  if (typeof callback === 'function') this.on('close', callback);
  if (this[kState].queue !== void 0) {
    var self = this;
    this[kState].queue.push(function () { self.close(); });
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  this[kState].handle.close();
  this[kState].handle.owner = null;
  this[kState].handle = null;
  nextTick(socketCloseNT, this);
  return this;
};

function socketCloseNT(self) {
  self.emit('close');
}

function stopReceiving(socket) {
  if (!socket[kState].receiving) return;
  socket[kState].handle.recvStop();
  socket[kState].receiving = false;
}

Socket.prototype.address = function () {
  healthCheck(this);
  var out = this[kState].handle.getsockname();
  if (typeof out === 'number') throw errnoException(out, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function () {
  healthCheck(this);
  if (this[kState].connectState !== CONNECT_STATE_CONNECTED) throw notConnected();
  var out = this[kState].handle.getpeername();
  if (typeof out === 'number') throw errnoException(out, 'getpeername');
  return out;
};

function checked(rc, syscall) {
  if (rc < 0) throw errnoException(rc, syscall);
}

// The setters below reach the handle without a health check, as Node's do: after close() they
// throw a TypeError (no handle), as Node's.
Socket.prototype.setBroadcast = function (arg) {
  checked(this[kState].handle.setBroadcast(!!arg), 'setBroadcast');
};

Socket.prototype.setTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  checked(this[kState].handle.setTTL(ttl), 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
  validateNumber(ttl, 'ttl');
  checked(this[kState].handle.setMulticastTTL(ttl), 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function (arg) {
  checked(this[kState].handle.setMulticastLoopback(!!arg), 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function (interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  checked(this[kState].handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
};

function membership(socket, multicastAddress, interfaceAddress, join) {
  healthCheck(socket);
  if (!multicastAddress) throw codes.ERR_MISSING_ARGS('multicastAddress');
  checked(socket[kState].handle.setMembership(multicastAddress, interfaceAddress, join), join ? 'addMembership' : 'dropMembership');
}

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, false);
};

function sourceMembership(socket, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  checked(socket[kState].handle.setSourceMembership(sourceAddress, groupAddress, interfaceAddress, join),
    join ? 'addSourceSpecificMembership' : 'dropSourceSpecificMembership');
}

Socket.prototype.addSourceSpecificMembership = function (sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function (sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, false);
};

Socket.prototype.ref = function () {
  if (this[kState].handle) this[kState].handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  if (this[kState].handle) this[kState].handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function (size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function (size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function () { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function () { return bufferSize(this, 0, false); };
Socket.prototype.getSendQueueSize = function () { return this[kState].handle.getSendQueueSize(); };
Socket.prototype.getSendQueueCount = function () { return this[kState].handle.getSendQueueCount(); };

exports.createSocket = createSocket;
exports.Socket = Socket;
