'use strict';

// inspector/promises — inspector with a promise-based Session; gonode has no inspector, so the
// Session constructor throws ERR_NOT_IMPLEMENTED, as does every function.

const EventEmitter = require('events');
const inspector = require('inspector');
const { cls, define } = require('internal/stub');

module.exports = define('inspector.promises', {
  open: inspector.open,
  close: inspector.close,
  url: inspector.url,
  waitForDebugger: inspector.waitForDebugger,
  console: inspector.console,
  Session: cls(EventEmitter),
  Network: inspector.Network,
});
