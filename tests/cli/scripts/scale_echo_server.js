'use strict';
// Echo server for test_scale_10k.sh: listens on 127.0.0.1, port 0, prints "PORT <n>"; when
// argv[2] connections are open at once prints "ALL_CONNECTED <n> RSS <bytes>"; prints "PEAK <n>"
// for the highest number of simultaneous connections once they are all gone, and keeps running
// (the shell reads VmHWM, then stops it).
var net = require('net');
var expected = Number(process.argv[2]) || 10000;
var open = 0;
var peak = 0;
var total = 0;
var reported = false;
var server = net.createServer(function (s) {
  open++;
  total++;
  if (open > peak) peak = open;
  if (open === expected && !reported) {
    reported = true;
    console.log('ALL_CONNECTED ' + open + ' RSS ' + process.memoryUsage().rss);
  }
  s.on('data', function (d) { s.write(d); });
  s.on('error', function (e) { console.log('SOCKET_ERROR ' + e.code); });
  s.on('close', function () {
    open--;
    if (open === 0 && total >= expected) console.log('ALL_CLOSED PEAK ' + peak + ' TOTAL ' + total + ' RSS ' + process.memoryUsage().rss);
  });
});
server.on('error', function (e) { console.log('SERVER_ERROR ' + e.code + ' ' + e.message); process.exit(1); });
server.listen({ port: 0, host: '127.0.0.1', backlog: 65535 }, function () {
  console.log('PORT ' + server.address().port);
});
