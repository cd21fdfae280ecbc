// Waits (alone 400 ms; see rendezvous.js), then passes.
require('./rendezvous')(function () {
  console.log('done 1');
});
