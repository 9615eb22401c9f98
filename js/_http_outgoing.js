'use strict';

// _http_outgoing — Node's internal http module, still public: OutgoingMessage (a legacy
// stream.Stream) and the header validators. A stub until gonode has HTTP.

const Stream = require('stream');
const { cls, define, fns } = require('internal/stub');

module.exports = define('http', {
  kHighWaterMark: Symbol('kHighWaterMark'),
  kUniqueHeaders: Symbol('kUniqueHeaders'),
  ...fns('parseUniqueHeadersOption validateHeaderName validateHeaderValue'),
  OutgoingMessage: cls(Stream),
});
