'use strict';

// The nextTick queue and queueMicrotask. The host calls `trampoline` for every
// macrotask: the callback, then every queued tick, in one top-level call; the
// engine runs microtasks when that call returns, and the host calls
// `processTicks` again while ticks remain (see host/callback.go).
//
// Hot path (every tick, every macrotask): no `arguments` object (about 1 µs
// in goja), no Reflect.apply with an argument array and no per-tick object
// (a few hundred ns each). The rest array of nextTick remains: it is the only
// way to tell nextTick(f) from nextTick(f, undefined) that costs less.

const host = internalBinding('host');
const { mustYield } = internalBinding('task_queue');
const ReflectApply = Reflect.apply;

// Ticks are stored flat, two slots each: callback, then its argument array.
let queue = [];
let head = 0;
// Mirrors the host's hasTick flag: it is raised by the first nextTick and
// lowered when processTicks has emptied the queue, so the host is told once
// per drain rather than once per tick.
let tickFlagRaised = false;

function hasTickScheduled() {
  return head < queue.length;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  if (!tickFlagRaised) {
    tickFlagRaised = true;
    host.setHasTick(true);
  }
  queue.push(callback, args);
}

// processTicks runs queued ticks until the queue is empty. A throwing tick
// goes to 'uncaughtException' and the remaining ticks run before any
// microtask. (Node instead leaves the remaining ticks and the microtasks
// until after the next macrotask.)
function processTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    // The slots run are not cleared (a store per slot costs more than the
    // tick itself in goja); compaction drops them, as does the end of the drain.
    head += 2;
    if (head > 2048 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    try {
      switch (args.length) {
        case 0: callback(); break;
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        default: ReflectApply(callback, undefined, args);
      }
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  }
  queue = [];
  head = 0;
  tickFlagRaised = false;
  host.setHasTick(false);
}

// runNextTicks is the checkpoint between two macrotasks that run in one call
// (timers, immediates): it drains the ticks the last one queued, then reports
// whether the host must take over before the next one — when promise jobs or
// rejections are pending, which only the end of the top-level call can run.
// The caller then returns and the host calls it again (see host/callback.go).
function runNextTicks() {
  if (head < queue.length) processTicks();
  return mustYield();
}

// trampoline(fn, thisArg, argc, a0, a1, a2) calls fn with argc arguments
// (argc > 3: a0 is the array of all of them), then drains the ticks it
// queued. host/callback.go is its only caller. With no receiver the call is
// a plain fn(...) — the same receiver Reflect.apply(fn, undefined, ...) gives,
// without an argument array.
function trampoline(fn, thisArg, argc, a0, a1, a2) {
  let ret;
  if (thisArg === undefined && typeof fn === 'function') {
    switch (argc) {
      case 0: ret = fn(); break;
      case 1: ret = fn(a0); break;
      case 2: ret = fn(a0, a1); break;
      case 3: ret = fn(a0, a1, a2); break;
      default: ret = ReflectApply(fn, undefined, a0);
    }
  } else {
    let args;
    switch (argc) {
      case 0: args = []; break;
      case 1: args = [a0]; break;
      case 2: args = [a0, a1]; break;
      case 3: args = [a0, a1, a2]; break;
      default: args = a0;
    }
    ret = ReflectApply(fn, thisArg, args);
  }
  if (head < queue.length) processTicks();
  return ret;
}

// runCallbacks(list, start) runs macrotasks the host batched
// (host/callbatch.go), four slots each: callback, argument count, two
// arguments. Each is followed by the ticks it queued, as after the
// trampoline. It stops after one that left promise jobs or rejections (only
// the end of this top-level call runs them) and returns where to resume;
// when a callback throws, callbacksResumeAt() tells the host where.
let callbacksNext = 0;
function runCallbacks(list, start) {
  const end = list.length;
  let i = start;
  while (i < end) {
    const fn = list[i];
    const argc = list[i + 1];
    i += 4;
    callbacksNext = i;
    switch (argc) {
      case 0: fn(); break;
      case 1: fn(list[i - 2]); break;
      default: fn(list[i - 2], list[i - 1]);
    }
    if (head < queue.length) processTicks();
    if (i < end && mustYield()) break;
  }
  return i;
}

function callbacksResumeAt() {
  return callbacksNext;
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

module.exports = {
  nextTick, processTicks, runNextTicks, trampoline, runCallbacks, callbacksResumeAt, queueMicrotask,
  hasTickScheduled,
};
