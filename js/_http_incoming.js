'use strict';

// _http_incoming — Node's internal http module, still public: IncomingMessage (a
// stream.Readable). A stub until gonode has HTTP.

const { Readable } = require('stream');
const { cls, define, fns } = require('internal/stub');

module.exports = define('http', {
  IncomingMessage: cls(Readable),
  ...fns('readStart readStop'),
});
