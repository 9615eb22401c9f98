'use strict';

// net — a stub until gonode has TCP and IPC sockets: the classes exist (Socket is a
// stream.Duplex, Server an EventEmitter), constructing them or calling any function throws
// ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { cls, define, fn, fns, stubClass } = require('internal/stub');

const Socket = stubClass('net.Socket', 'Socket', Duplex);

module.exports = define('net', {
  ...fns('_createServerHandle _normalizeArgs _setSimultaneousAccepts'),
  BlockList: cls(),
  SocketAddress: cls(null, { isSocketAddress: fn }),
  ...fns('connect createConnection createServer isIP isIPv4 isIPv6'),
  Server: cls(EventEmitter),
  Socket,
  Stream: Socket, // Node's legacy alias
  ...fns('getDefaultAutoSelectFamily setDefaultAutoSelectFamily'),
  ...fns('getDefaultAutoSelectFamilyAttemptTimeout setDefaultAutoSelectFamilyAttemptTimeout'),
});
