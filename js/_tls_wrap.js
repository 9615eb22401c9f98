'use strict';

// _tls_wrap — Node's internal TLS socket and server, still public; a stub until gonode has
// TLS: TLSSocket is a net.Socket and Server a net.Server, constructing either throws.

const net = require('net');
const { cls, define, fns } = require('internal/stub');

module.exports = define('tls', {
  TLSSocket: cls(net.Socket),
  Server: cls(net.Server),
  ...fns('createServer connect'),
});
