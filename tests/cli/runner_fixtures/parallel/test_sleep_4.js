// Sleeps a while (sleeping tests overlap when run in parallel), then passes.
setTimeout(function () {
  console.log('done 4');
}, 400);
