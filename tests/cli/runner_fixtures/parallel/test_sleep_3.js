// Sleeps a while (sleeping tests overlap when run in parallel), then fails.
setTimeout(function () {
  throw new Error('test 3 fails');
}, 400);
