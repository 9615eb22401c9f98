'use strict';

// _http_agent — Node's internal http module, still public: Agent and globalAgent. A stub until
// gonode has an HTTP client: Agent is an EventEmitter whose constructor and methods throw
// ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

const { Agent } = define('http', {
  Agent: cls(EventEmitter, { defaultMaxSockets: Infinity }, fns(
    'createConnection getName addRequest createSocket removeSocket keepSocketAlive reuseSocket ' +
    'destroy')),
});

// Node's default agent. The stub constructor cannot run, so this is an object with the Agent
// prototype (instanceof, the throwing methods) and the settings Node's has.
const globalAgent = Object.create(Agent.prototype);
EventEmitter.call(globalAgent);
Object.assign(globalAgent, {
  defaultPort: 80,
  protocol: 'http:',
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
});

module.exports = { Agent, globalAgent };
