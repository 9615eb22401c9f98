'use strict';

// tty — a stub until gonode's tty module: ReadStream and WriteStream are net.Sockets whose
// constructors throw ERR_NOT_IMPLEMENTED, as does isatty.

const { Socket } = require('net');
const { cls, define, fns } = require('internal/stub');

module.exports = define('tty', {
  ...fns('isatty'),
  ReadStream: cls(Socket),
  WriteStream: cls(Socket),
});
