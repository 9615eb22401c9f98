'use strict';

// readline/promises — a stub until gonode's readline: Interface is an EventEmitter and
// Readline a plain class, both throw ERR_NOT_IMPLEMENTED when constructed, as does
// createInterface.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

module.exports = define('readline.promises', {
  Interface: cls(EventEmitter),
  Readline: cls(),
  ...fns('createInterface'),
});
