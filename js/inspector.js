'use strict';

// inspector — gonode has no inspector: Session is an EventEmitter whose constructor throws
// ERR_NOT_IMPLEMENTED, as does every function, including the inspector console's methods.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

const consoleMethods = 'debug error info log warn dir dirxml table trace group groupCollapsed ' +
  'groupEnd clear count countReset assert profile profileEnd time timeLog timeEnd timeStamp ' +
  'context';

module.exports = define('inspector', {
  ...fns('open close url waitForDebugger'),
  console: define('inspector.console', fns(consoleMethods)),
  Session: cls(EventEmitter),
  Network: define('inspector.Network',
    fns('requestWillBeSent responseReceived loadingFinished loadingFailed')),
});
