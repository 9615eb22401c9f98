'use strict';

// readline — a stub until gonode's readline: Interface is an EventEmitter whose constructor
// throws ERR_NOT_IMPLEMENTED, as does every function.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

module.exports = define('readline', {
  Interface: cls(EventEmitter),
  ...fns('clearLine clearScreenDown createInterface cursorTo emitKeypressEvents moveCursor'),
  promises: require('readline/promises'),
});
