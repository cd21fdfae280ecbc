// Shared by test_sleep_*.js: runs `finish` after a wait. Alone, the wait is 400 ms. Under
// test_runner_parallel.sh (NETJS_RENDEZVOUS_PORT set) the test holds a connection to that script's
// coordinator until told to go: the coordinator says go once as many tests are connected at the same
// time as it was asked to wait for, which shows how many ran at once without measuring any time.
module.exports = function waitThen(finish) {
  var port = process.env.NETJS_RENDEZVOUS_PORT;
  if (!port) {
    setTimeout(finish, 400);
    return;
  }
  var c = require('net').connect(Number(port), '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', function (d) {
    if (d.indexOf('go') !== -1) {
      c.end();
      finish();
    }
  });
};
