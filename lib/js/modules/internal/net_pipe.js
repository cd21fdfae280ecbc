'use strict';
// The net module's Unix domain socket and inherited-descriptor paths, loaded on first use so that
// require('net') costs a TCP-only script nothing more: pipe handles (made by the binding on first
// use too), handles for a descriptor of either kind, and listening on a path or a descriptor.

var errors = require('internal/errors');
var netErrors = require('internal/net_errors');
var tcp = process._binding('tcp');
var uvErrors = process._binding('errors');

var makeNodeError = errors.makeNodeError;
var codes = errors.codes;
var nextTick = process.nextTick;
var kinds = tcp.pipeHandles();

function inspect(value) { return require('util').inspect(value); }

function newPipe() { return new kinds.Pipe(); }

// A handle for an inherited descriptor, of the kind libuv says it is (Node's guessHandleType).
function handleForFd(fd, forServer) {
  if (typeof fd !== 'number') throw codes.ERR_INVALID_ARG_TYPE('fd', 'of type number', fd);
  if (fd !== Math.floor(fd)) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "fd" is out of range. It must be an integer. Received ' + inspect(fd));
  }
  if (fd < 0 || fd > 2147483647) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ' + inspect(fd));
  }
  var type = tcp.guessHandleType(fd);
  if (type === 'PIPE') return forServer ? new kinds.PipeServer() : new kinds.Pipe();
  if (type === 'TCP') return forServer ? new tcp.Server() : new tcp.Socket();
  throw makeNodeError(TypeError, 'ERR_INVALID_FD_TYPE', 'Unsupported fd type: ' + type);
}

// Listening on a Unix socket path (fd < 0) or on an inherited descriptor (path null). As Node, an
// existing file at the path is EADDRINUSE (a stale one is not removed), and the file goes when the
// server closes.
function listenOnHandle(server, handle, fd, path, backlog) {
  var err = !handle ? uvErrors.code('EINVAL') : fd >= 0 ? handle.open(fd) : handle.bind(path);
  if (err === 0) err = handle.listen(backlog);
  if (err < 0) {
    if (handle) handle.close();
    var listenErr = netErrors.uvExceptionWithHostPort(err, 'listen', path, fd >= 0 ? null : -1);
    nextTick(function () { server.emit('error', listenErr); });
    return;
  }
  handle.owner = server;
  server._handle = handle;
  server._pipeName = path;
  server._listening = true;
  if (!server._refed) handle.unref();
  nextTick(function () {
    if (server._handle === handle) server.emit('listening');
  });
}

function listenPath(server, path, backlog) { listenOnHandle(server, new kinds.PipeServer(), -1, path, backlog); }

function listenFd(server, fd, backlog) {
  var handle = null;
  try {
    handle = handleForFd(fd, true);
  } catch (e) {
    // Not a descriptor a server can take: Node reports EINVAL as the listen error.
  }
  listenOnHandle(server, handle, fd, null, backlog);
}

exports.newPipe = newPipe;
exports.handleForFd = handleForFd;
exports.listenPath = listenPath;
exports.listenFd = listenFd;
