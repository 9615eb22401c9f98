'use strict';

// worker_threads — gonode has only the main thread: the thread facts are real (isMainThread,
// threadId 0, no parentPort or workerData), the classes exist, and constructing them or
// calling any function throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

module.exports = define('worker_threads', {
  isMainThread: true,
  MessagePort: cls(),
  MessageChannel: cls(),
  ...fns('markAsUntransferable moveMessagePortToContext receiveMessageOnPort'),
  resourceLimits: {},
  ...fns('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: cls(EventEmitter),
  parentPort: null,
  workerData: null,
  BroadcastChannel: cls(),
  ...fns('setEnvironmentData getEnvironmentData'),
});
