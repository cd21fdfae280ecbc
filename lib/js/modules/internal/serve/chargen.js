// netjs serve --script chargen.js: an endless character pattern (RFC 864).
var period = '';
for (var line = 0; line < 95; line++) {
  for (var i = 0; i < 72; i++) period += String.fromCharCode(32 + (line + i) % 95);
  period += '\r\n';
}
var block = Buffer.from(period);

module.exports = function (socket) {
  var done = false;
  function pump() {
    // A few blocks per turn, then yield, so one fast reader cannot starve other clients.
    for (var n = 0; n < 16 && !done; n++) {
      if (!socket.write(block)) return;  // 'drain' resumes
    }
    if (!done) setImmediate(pump);
  }
  socket.on('drain', pump);
  socket.on('end', function () { done = true; });
  socket.on('close', function () { done = true; });
  socket.resume();  // what the client sends is ignored
  pump();
};
