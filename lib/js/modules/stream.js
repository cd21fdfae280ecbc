'use strict';
// The stream module, as in Node v20: require('stream') is the legacy Stream class carrying
// Readable, Writable, Duplex, Transform, PassThrough, finished and pipeline.
//
// Contract for stream implementors (net.Socket is a Duplex built this way):
//   _read(n)             start producing; call push(chunk) per chunk, push(null) at EOF. When push()
//                        returns false, stop producing until _read() is called again.
//   _write(chunk, enc, cb) / _writev(chunks, cb)
//                        one outstanding at a time; cb(err) when done (sync or async).
//   _final(cb)           runs after end() once every write completed; 'finish' follows cb().
//   _destroy(err, cb)    release resources; cb(err) leads to 'error' (if any) then 'close' on
//                        the next tick (unless emitClose: false).
//   _construct(cb)       optional asynchronous setup before any _read/_write/_final.

var Stream = require('internal/streams/legacy');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var Duplex = require('internal/streams/duplex');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
// Loaded on first use (net.Socket needs Duplex only).
var lazyMembers = {
  Transform: 'internal/streams/transform',
  PassThrough: 'internal/streams/passthrough',
  finished: 'internal/streams/end-of-stream',
  pipeline: 'internal/streams/pipeline'
};
require('internal/lazy_properties')(Stream, Object.keys(lazyMembers), function (name) {
  return require(lazyMembers[name]);
}, true);
Stream.destroy = destroyImpl.destroyer;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.getDefaultHighWaterMark = utils.getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = utils.setDefaultHighWaterMark;
Stream._isArrayBufferView = utils.isArrayBufferView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = utils.uint8ArrayToBuffer;

module.exports = Stream;
