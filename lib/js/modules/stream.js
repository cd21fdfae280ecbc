'use strict';
// The stream module, as in Node v20: require('stream') is the legacy Stream class carrying
// Readable, Writable, Duplex, Transform, PassThrough, finished and pipeline.

var Stream = require('internal/streams/legacy');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var Duplex = require('internal/streams/duplex');
var Transform = require('internal/streams/transform');
var PassThrough = require('internal/streams/passthrough');
var eos = require('internal/streams/end-of-stream');
var pipeline = require('internal/streams/pipeline');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');

Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.finished = eos;
Stream.pipeline = pipeline;
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
