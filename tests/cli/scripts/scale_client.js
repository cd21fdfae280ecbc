'use strict';
// Client for test_scale_10k.sh: argv[2] = port, argv[3] = N. Opens N connections at once; once all
// are connected each writes a few bytes of its own and waits for the echo; once all are echoed, all
// end(). Prints "CLIENT_OK <n>" and exits 0 when every connection completed, else exits 1.
var net = require('net');
var port = Number(process.argv[2]);
var N = Number(process.argv[3]) || 10000;
var sockets = [];
var connected = 0;
var echoed = 0;
var closed = 0;
var failed = 0;
var started = Date.now();
var timer = setTimeout(function () {
  console.log('CLIENT_TIMEOUT connected ' + connected + ' echoed ' + echoed + ' closed ' + closed + ' failed ' + failed);
  process.exit(1);
}, 90000);

function phase2() {
  console.log('CLIENT_ALL_CONNECTED ' + connected + ' in ' + (Date.now() - started) + ' ms');
  sockets.forEach(function (s, i) { s.write('ping-' + i + ';'); });
}

function phase3() {
  console.log('CLIENT_ALL_ECHOED ' + echoed + ' in ' + (Date.now() - started) + ' ms');
  sockets.forEach(function (s) { s.end(); });
}

function make(i) {
  var s = net.connect(port, '127.0.0.1');
  var want = 'ping-' + i + ';';
  var got = '';
  var done = false;
  s.setEncoding('utf8');
  s.on('connect', function () {
    connected++;
    if (connected === N) phase2();
  });
  s.on('data', function (d) {
    got += d;
    if (!done && got.length >= want.length) {
      done = true;
      if (got !== want) { failed++; console.log('BAD_ECHO ' + i + ' ' + JSON.stringify(got)); }
      echoed++;
      if (echoed === N) phase3();
    }
  });
  s.on('error', function (e) {
    failed++;
    if (failed <= 5) console.log('CLIENT_ERROR ' + i + ' ' + e.code);
  });
  s.on('close', function () {
    closed++;
    if (closed === N) {
      clearTimeout(timer);
      var ok = failed === 0 && echoed === N;
      console.log((ok ? 'CLIENT_OK ' : 'CLIENT_FAIL ') + N + ' in ' + (Date.now() - started) + ' ms, failed ' + failed +
        ', rss ' + process.memoryUsage().rss);
      process.exitCode = ok ? 0 : 1;
    }
  });
  return s;
}

for (var i = 0; i < N; i++) sockets.push(make(i));
