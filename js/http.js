'use strict';

// http — a stub until gonode has HTTP: METHODS, STATUS_CODES and maxHeaderSize are real, the
// classes exist (Server is a net.Server, IncomingMessage a stream.Readable, …) so subclasses
// and `instanceof` checks work at load time, every function throws ERR_NOT_IMPLEMENTED.

const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse, _connectionListener } = require('_http_server');
const { define, fns } = require('internal/stub');

module.exports = define('http', {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  ...fns('createServer'),
  validateHeaderName,
  validateHeaderValue,
  ...fns('get request setMaxIdleHTTPParsers'),
  maxHeaderSize: 16384, // Node's default for --max-http-header-size
  globalAgent,
});
