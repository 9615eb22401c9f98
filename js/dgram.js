'use strict';

// dgram — a stub until gonode has UDP: Socket is an EventEmitter whose constructor throws
// ERR_NOT_IMPLEMENTED, as does every function.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

module.exports = define('dgram', {
  ...fns('_createSocketHandle createSocket'),
  Socket: cls(EventEmitter),
});
