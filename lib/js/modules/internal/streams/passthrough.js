'use strict';
// PassThrough: a Transform that forwards its input unchanged.

var inherits = require('internal/inherits');
var Transform = require('internal/streams/transform');

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
inherits(PassThrough, Transform);

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = PassThrough;
