// A deadline that expires fails the test instead of waiting for the runner's timeout.
var t = require('test');
t.deadline(100);
setInterval(function () {}, 1000);
