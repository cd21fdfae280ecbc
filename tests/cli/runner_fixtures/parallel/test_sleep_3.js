// Waits (alone 400 ms; see rendezvous.js), then fails.
require('./rendezvous')(function () {
  throw new Error('test 3 fails');
});
