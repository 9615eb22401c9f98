'use strict';

// _http_client — Node's internal http module, still public: ClientRequest (an
// OutgoingMessage). A stub until gonode has an HTTP client.

const { OutgoingMessage } = require('_http_outgoing');
const { cls, define } = require('internal/stub');

module.exports = define('http', {
  ClientRequest: cls(OutgoingMessage),
});
