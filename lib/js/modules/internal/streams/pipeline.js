'use strict';
// pipeline(...streams, callback): pipes the streams together, forwards errors, destroys every
// stream when one fails, and calls back once the last one has finished (or with the first error).

var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');
var codes = utils.codes;

function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () { finished = true; });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
  });
  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || codes.ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup: cleanup
  };
}

function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(codes.ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (utils.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);

    eos(src, { readable: true, writable: false }, function (err) {
      var rState = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
          rState && rState.ended && !rState.errored && !rState.errorEmitted) {
        // 'close' came before 'end' was emitted though all data was pushed: wait for 'end'.
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }

  eos(dst, { readable: false, writable: true }, finish);
  return function () { src.unpipe(dst); };
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = streams.length && typeof streams[streams.length - 1] === 'function' ?
    streams.pop() : null;
  if (!callback) {
    throw codes.ERR_INVALID_ARG_TYPE('streams[stream.length - 1]', 'of type function',
      streams[streams.length - 1]);
  }
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw codes.ERR_MISSING_ARGS('streams');

  return pipelineImpl(streams, callback);
}

function pipelineImpl(streams, outerCallback, opts) {
  var error;
  var value;
  var destroys = [];
  var lastStreamCleanup = [];
  var finishCount = 0;
  var called = false;

  function callback(err, val) {
    if (called) return;
    called = true;
    outerCallback(err, val);
  }

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;

    while (destroys.length) destroys.shift()(error);

    if (final) {
      if (!error) {
        for (var j = 0; j < lastStreamCleanup.length; j++) lastStreamCleanup[j]();
      }
      process.nextTick(callback, error, value);
    }
  }

  function onError(err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var isLastStream = i === streams.length - 1;
    var end = reading || !opts || opts.end !== false;

    if (!utils.isNodeStream(stream)) {
      throw codes.ERR_INVALID_ARG_TYPE('streams[' + i + ']', 'a Stream', stream);
    }

    if (end) {
      var d = destroyer(stream, reading, writing);
      destroys.push(d.destroy);
      if (utils.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
    }

    stream.on('error', onError);
    if (utils.isReadable(stream) && isLastStream) {
      lastStreamCleanup.push(removeErrorListener(stream, onError));
    }

    if (i > 0) {
      if (!utils.isReadableNodeStream(ret)) {
        throw codes.ERR_INVALID_ARG_TYPE('streams[' + (i - 1) + ']', 'a readable Stream', ret);
      }
      finishCount += 2;
      var unpipe = pipe(ret, stream, finish, end);
      if (utils.isReadable(stream) && isLastStream) lastStreamCleanup.push(unpipe);
    }
    ret = stream;
  }

  return ret;
}

function removeErrorListener(stream, fn) {
  return function () { stream.removeListener('error', fn); };
}

module.exports = pipeline;
module.exports.pipelineImpl = pipelineImpl;
