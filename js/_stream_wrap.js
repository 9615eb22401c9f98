'use strict';

// _stream_wrap — Node's deprecated JSStreamSocket (a net.Socket over any duplex stream); a
// stub: constructing it throws ERR_NOT_IMPLEMENTED.

const { Socket } = require('net');
const { stubClass } = require('internal/stub');

process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');

const JSStreamSocket = stubClass('_stream_wrap.JSStreamSocket', 'JSStreamSocket', Socket);

// Node's older name for the same class.
Object.defineProperty(JSStreamSocket, 'StreamWrap', {
  __proto__: null, value: JSStreamSocket, writable: true, enumerable: false, configurable: true,
});

module.exports = JSStreamSocket;
