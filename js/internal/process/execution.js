'use strict';

// What Node does with an exception nobody caught: the capture callback, the
// 'uncaughtExceptionMonitor' and 'uncaughtException' events, and otherwise
// 'exit' followed by the report (printed by the host) and exit code 1.

const host = internalBinding('host');

let captureFn = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  const { codes } = require('internal/errors');
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) {
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
}

// fatalException returns true when a handler took the error. When none did,
// it runs the 'exit' listeners (as Node does before printing) and returns false.
function fatalException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (captureFn !== null) {
    captureFn(er);
    return true;
  }
  if (process.emit('uncaughtException', er, type)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws cannot change the outcome.
  }
  return false;
}

// triggerUncaughtException is for exceptions caught inside JavaScript (a
// throwing microtask, an unhandled rejection): unhandled ones end the process.
function triggerUncaughtException(er, fromPromise) {
  if (!fatalException(er, fromPromise)) {
    host.printFatal(er, fromPromise);
    host.reallyExit(1);
  }
}

module.exports = {
  fatalException,
  triggerUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
