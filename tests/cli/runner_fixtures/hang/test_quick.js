// Finishes well within --timeout.
setTimeout(function () {}, 50);
