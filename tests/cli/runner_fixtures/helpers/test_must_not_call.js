// A mustNotCall wrapper that is called: fails at once.
var t = require('test');
setTimeout(t.mustNotCall('the timer should have been cleared'), 1);
