'use strict';

// https — a stub until gonode has TLS: Agent is an http.Agent and Server a tls.Server, both
// throw ERR_NOT_IMPLEMENTED when constructed, as does every function.

const EventEmitter = require('events');
const http = require('http');
const tls = require('tls');
const { cls, define, fns } = require('internal/stub');

const { Agent } = define('https', { Agent: cls(http.Agent) });

// An object shaped like Node's default https agent; see _http_agent.
const globalAgent = Object.create(Agent.prototype);
EventEmitter.call(globalAgent);
Object.assign(globalAgent, {
  defaultPort: 443,
  protocol: 'https:',
  options: { keepAlive: true, scheduling: 'lifo', timeout: 5000, noDelay: true, path: null },
  requests: {},
  sockets: {},
  freeSockets: {},
  keepAliveMsecs: 1000,
  keepAlive: true,
  maxSockets: Infinity,
  maxFreeSockets: 256,
  scheduling: 'lifo',
  maxTotalSockets: Infinity,
  totalSocketCount: 0,
  maxCachedSessions: 100,
  _sessionCache: { map: {}, list: [] },
});

module.exports = define('https', {
  Agent,
  globalAgent,
  Server: cls(tls.Server),
  ...fns('createServer get request'),
});
