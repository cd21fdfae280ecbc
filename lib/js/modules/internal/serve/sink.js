// netjs serve --script sink.js: everything received goes to stdout.
module.exports = function (socket) {
  socket.on('data', function (chunk) {
    process.stdout.write(chunk);
  });
};
