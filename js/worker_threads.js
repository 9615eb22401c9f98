'use strict';

// worker_threads — gonode has only the main thread: the thread facts are real (isMainThread,
// threadId 0, no parentPort or workerData), and so are the messaging classes and functions
// (MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, markAsUntransferable:
// internal/worker/io, within this thread). Worker, moveMessagePortToContext, the environment
// data functions and postMessageToThread throw ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');
const {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
} = require('internal/worker/io');

module.exports = define('worker_threads', {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  ...fns('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: cls(EventEmitter),
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  ...fns('setEnvironmentData getEnvironmentData'),
});
