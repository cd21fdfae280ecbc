'use strict';
// events.once(emitter, name): a Promise of the arguments of the next emit of name, rejected by an
// 'error' emitted first (unless name is 'error').
// Node's is an async function returning that promise, so its result settles two microtasks after
// the emit: resolving an outer promise with the inner one does the same.
module.exports = function once(emitter, name) {
  var inner = new Promise(function (resolve, reject) {
    var errorListener;
    var resolver = function () {
      if (errorListener !== void 0) emitter.removeListener('error', errorListener);
      resolve(Array.prototype.slice.call(arguments));
    };
    if (name !== 'error') {
      errorListener = function (err) {
        emitter.removeListener(name, resolver);
        reject(err);
      };
      emitter.once('error', errorListener);
    }
    emitter.once(name, resolver);
  });
  return new Promise(function (resolve) { resolve(inner); });
};
