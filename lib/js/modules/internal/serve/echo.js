// netjs serve --script echo.js: every byte a client sends comes back.
// The module gets each connection as a net.Socket (Node's API); ES5, as Duktape runs it.
module.exports = function (socket) {
  // pipe() also half-closes our side once the client has finished sending.
  socket.pipe(socket);
};
