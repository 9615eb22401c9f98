'use strict';

// Builds process and the global object, then hands the host its hooks. Runs
// once per runtime, before any user code (host/run.go bootstrap).

const host = internalBinding('host');
const EventEmitter = require('events');
const taskQueues = require('internal/process/task_queues');
const execution = require('internal/process/execution');
const { processRejections } = require('internal/process/promises');
const processMethods = require('internal/process/per_thread');

// process: an EventEmitter whose prototype is named "process", like Node's.
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
});
const process = Object.create(processProto);
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });

processMethods.setup(process);
process.nextTick = taskQueues.nextTick;
process.setUncaughtExceptionCaptureCallback = execution.setUncaughtExceptionCaptureCallback;
process.hasUncaughtExceptionCaptureCallback = execution.hasUncaughtExceptionCaptureCallback;

const defineGlobal = (name, value, enumerable = false) => Object.defineProperty(globalThis, name, {
  value, writable: true, configurable: true, enumerable,
});
// A lazy global loads its module on first access, then becomes a plain data property.
const defineLazyGlobal = (name, load, enumerable = false) => {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) { defineGlobal(name, value, enumerable); },
    configurable: true,
    enumerable,
  });
};

// goja's own global for wrapped Go errors is not Node's.
delete globalThis.GoError;

// The globals Node enumerates, in Node's order.
defineGlobal('global', globalThis, true);
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
  defineLazyGlobal(name, () => require('timers')[name], true);
}
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
const webStub = (name) => () => require('internal/bootstrap/web_stubs')[name];
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('atob', () => require('buffer').atob, true);
defineLazyGlobal('btoa', () => require('buffer').btoa, true);
defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
defineLazyGlobal('fetch', webStub('fetch'), true);
defineLazyGlobal('crypto', () => require('crypto').webcrypto, true);

defineGlobal('process', process);
// Printing is about to start: the modules it loads compile on another core meanwhile.
defineLazyGlobal('console', () => {
  host.prewarmStdio();
  return require('console');
});
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
for (const name of ['Blob', 'File']) defineLazyGlobal(name, () => require('buffer')[name]);
for (const name of ['URL', 'URLSearchParams']) defineLazyGlobal(name, () => require('url')[name]);
for (const name of ['TextEncoder', 'TextDecoder']) defineLazyGlobal(name, () => require('util')[name]);
for (const name of ['MessageChannel', 'MessagePort', 'BroadcastChannel']) {
  defineLazyGlobal(name, () => require('worker_threads')[name]);
}
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  defineLazyGlobal(name, () => require('perf_hooks')[name]);
}
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
defineLazyGlobal('MessageEvent', () => require('internal/worker/io').MessageEvent);
// Node 21's navigator (Node v20 has none), non-enumerable so globalThis's keys stay Node v20's.
defineLazyGlobal('navigator', () => require('internal/navigator').navigator);
defineLazyGlobal('Navigator', () => require('internal/navigator').Navigator);
for (const name of ['Headers', 'Request', 'Response', 'FormData', 'Crypto', 'CryptoKey', 'SubtleCrypto']) {
  defineLazyGlobal(name, webStub(name));
}

// Web globals: EventTarget, Event, CustomEvent, AbortController, AbortSignal, DOMException
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
// (end of Web globals)

// Signals: a listener for 'SIGxxx' starts an unref'd loop signal handle;
// removing the last one restores the default action.
const signalHandles = new Map();
const signalNumbers = internalBinding('process_methods').signals;
process.on('newListener', (type) => {
  if (typeof type !== 'string' || !type.startsWith('SIG') || signalHandles.has(type)) return;
  const signum = signalNumbers[type];
  if (signum === undefined) return;
  const wrap = internalBinding('signal_wrap').start(signum, () => process.emit(type, type, signum));
  signalHandles.set(type, wrap);
});
process.on('removeListener', (type) => {
  const wrap = signalHandles.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalHandles.delete(type);
  }
});

// The host's hooks: every call from Go into JavaScript goes through these.
function emitBeforeExit() {
  if (process.listenerCount('beforeExit') > 0) {
    process.emit('beforeExit', process.exitCode || 0);
  }
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  return process.exitCode || 0;
}

function formatFatal(err) {
  // What stdout/stderr pipes still hold goes out before the report (Node would drop it).
  require('internal/bootstrap/switches/is_main_thread').flushStdio();
  const { inspect } = require('internal/util/inspect');
  if (err !== null && typeof err === 'object') {
    // An 'error' event nobody listened to: the stack gains where it was emitted.
    const { kEnhanceStackBeforeInspector } = require('internal/errors');
    if (typeof err[kEnhanceStackBeforeInspector] === 'function') {
      try {
        err.stack = err[kEnhanceStackBeforeInspector]();
      } catch {
        // Report the error as it is.
      }
    }
    // As Node's report: no custom inspection, and deep enough to show an
    // AssertionError's actual and expected values.
    return inspect(err, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
  }
  return `${String(err)}\n(Use \`${process.release.name === 'node' ? 'node' : 'gonode'} --trace-uncaught ...\` to show where the exception was thrown)`;
}

function runMain(kind, filename, source) {
  const loader = require('internal/modules/cjs/loader');
  const preload = host.options.preload;
  if (preload && preload.length > 0) loader.preload(preload);
  if (kind === 'file') {
    process.argv[1] = filename;
    loader.Module.runMain(filename);
  } else if (kind === 'repl') {
    try {
      loader.runEval(filename, source, true);
    } catch (err) {
      const { inspect } = require('internal/util/inspect');
      process.stderr.write(`Uncaught ${inspect(err)}\n`);
    }
  } else {
    loader.runEval(filename, source, kind === 'print');
  }
}

host.setup({
  trampoline: taskQueues.trampoline,
  runCallbacks: taskQueues.runCallbacks,
  callbacksResumeAt: taskQueues.callbacksResumeAt,
  processTicks: taskQueues.processTicks,
  processRejections,
  fatalException: execution.fatalException,
  emitBeforeExit,
  emitExit,
  runMain,
  formatFatal,
});
