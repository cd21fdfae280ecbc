'use strict';
// finished(stream[, options], callback): calls back once the stream is done (readable side ended,
// writable side finished) or has failed (error, or 'close' before completion: premature close).
// Returns a function removing the listeners it installed.

var utils = require('internal/streams/utils');
var codes = utils.codes;
var nop = utils.nop;

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'of type object', options);
  }
  if (typeof callback !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('callback', 'of type function', callback);
  }
  if (!utils.isNodeStream(stream)) {
    throw codes.ERR_INVALID_ARG_TYPE('stream', 'an instance of ReadableStream, WritableStream, or Stream', stream);
  }

  var done = false;
  var userCallback = callback;
  callback = function (err) {
    if (done) return;
    done = true;
    if (arguments.length === 0) userCallback.call(stream);
    else userCallback.call(stream, err);
  };

  var readable = options.readable != null ? options.readable : utils.isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : utils.isWritableNodeStream(stream);

  var wState = stream._writableState;
  var rState = stream._readableState;

  var onlegacyfinish = function () {
    if (!stream.writable) onfinish();
  };

  var willEmitClose = utils.willEmitClose(stream) &&
    utils.isReadableNodeStream(stream) === readable &&
    utils.isWritableNodeStream(stream) === writable;

  var writableFinished = utils.isWritableFinished(stream, false);
  var onfinish = function () {
    writableFinished = true;
    // Destroyed streams emit 'close' soon; no need to wait for it (Node does the same).
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback();
  };

  var readableFinished = utils.isReadableFinished(stream, false);
  var onend = function () {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback();
  };

  var onerror = function (err) {
    callback(err);
  };

  var closed = utils.isClosed(stream);

  var onclose = function () {
    closed = true;
    var errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback(errored);

    if (readable && !readableFinished && utils.isReadableNodeStream(stream, true)) {
      if (!utils.isReadableFinished(stream, false)) return callback(codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!utils.isWritableFinished(stream, false)) return callback(codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    callback();
  };

  var onclosed = function () {
    closed = true;
    var errored = utils.isWritableErrored(stream) || utils.isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback(errored);
    callback();
  };

  if (writable && !wState) {
    // Legacy streams.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || utils.isReadable(stream)) &&
             (writableFinished || utils.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || utils.isWritable(stream)) &&
             (readableFinished || utils.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  }

  var cleanup = function () {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('end', onend);
    stream.removeListener('finish', onfinish);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  return cleanup;
}

module.exports = eos;
module.exports.finished = eos;
