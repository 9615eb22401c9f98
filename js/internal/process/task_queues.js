'use strict';

// The nextTick queue and queueMicrotask. The host calls `trampoline` for every
// macrotask: the callback, then every queued tick, in one top-level call; the
// engine runs microtasks when that call returns, and the host calls
// `processTicks` again while ticks remain (see host/callback.go).

const host = internalBinding('host');

let queue = [];
let head = 0;

function hasTickScheduled() {
  return head < queue.length;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (head === queue.length) host.setHasTick(true);
  queue.push({ callback, args });
}

// processTicks runs queued ticks until the queue is empty. A throwing tick
// leaves the rest queued; the host reports the error and calls again.
function processTicks() {
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    const { callback, args } = tock;
    try {
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        default: Reflect.apply(callback, undefined, args);
      }
    } catch (err) {
      // As in Node, the error goes to 'uncaughtException' and the remaining
      // ticks run before any microtask.
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  }
  queue = [];
  head = 0;
  host.setHasTick(false);
}

function trampoline(fn, thisArg, ...args) {
  const ret = Reflect.apply(fn, thisArg, args);
  if (head < queue.length) processTicks();
  return ret;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      // A throwing microtask is an uncaught exception, not a rejection.
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
}

module.exports = { nextTick, processTicks, trampoline, queueMicrotask, hasTickScheduled };
