'use strict';
// fs.watch's FSWatcher, as Node's: 'change' (eventType 'rename' or 'change', filename), 'error' (the
// watcher then closes), and 'close' on the tick after close().

var EventEmitter = require('events');
var inherits = require('internal/inherits');
var u = require('internal/fs/utils');
var errors = require('internal/errors');
var Buffer = require('buffer').Buffer;

function watchError(code, path) {
  var e = u.uvException(code, 'watch', path);
  e.filename = path;
  return e;
}

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = null;
  this._encoding = 'utf8';
}
inherits(FSWatcher, EventEmitter);

function onchange(code, renamed, filename) {
  var watcher = this.owner;
  if (code < 0) {
    watcher.close();
    watcher.emit('error', watchError(code, watcher._path));
    return;
  }
  var name = filename === '' ? null : filename;
  if (name !== null && watcher._encoding !== 'utf8') {
    name = watcher._encoding === 'buffer' ? Buffer.from(name) : Buffer.from(name).toString(watcher._encoding);
  }
  watcher.emit('change', renamed ? 'rename' : 'change', name);
}

FSWatcher.prototype._start = function (path, persistent, encoding) {
  var handle = new u.binding.FSEvent();
  handle.owner = this;
  handle.onchange = onchange;
  var rc = handle.start(path);
  if (rc < 0) {
    handle.close();
    throw watchError(rc, path);
  }
  if (!persistent) handle.unref();
  this._handle = handle;
  this._path = path;
  this._encoding = encoding || 'utf8';
};

FSWatcher.prototype.close = function () {
  if (!this._handle) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitClose, this);
};

function emitClose(watcher) { watcher.emit('close'); }

FSWatcher.prototype.ref = function () {
  if (this._handle) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function () {
  if (this._handle) this._handle.unref();
  return this;
};

// watch(filename[, options][, listener]): options {persistent = true, encoding = 'utf8'};
// {recursive: true} is not available.
function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = void 0;
  }
  var o = u.getOptions(options, { persistent: true, recursive: false, encoding: 'utf8' });
  if (o.recursive) {
    throw errors.makeNodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature watch recursively is unavailable on the current platform, which is being used to run Node.js');
  }
  var path = u.getPath(filename, 'filename');
  var watcher = new FSWatcher();
  watcher._start(path, o.persistent !== false, o.encoding);
  if (listener) watcher.on('change', listener);
  return watcher;
}

exports.FSWatcher = FSWatcher;
exports.watch = watch;
