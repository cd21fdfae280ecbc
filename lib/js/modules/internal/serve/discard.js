// netjs serve --script discard.js: read and drop everything (RFC 863).
module.exports = function (socket) {
  socket.resume();
};
