'use strict';

// Unhandled promise rejections, processed after the microtasks of each
// macrotask, with Node's --unhandled-rejections modes (default: throw).

const host = internalBinding('host');

const maybeUnhandled = new WeakMap();
let pending = [];
const mode = host.options.unhandledRejections || 'throw';

function isErrorLike(reason) {
  return reason instanceof Error ||
    (typeof reason === 'object' && reason !== null && typeof reason.stack === 'string' && typeof reason.message === 'string');
}

function unhandledRejectionError(reason) {
  const { inspect } = require('internal/util/inspect');
  let shown;
  try {
    shown = inspect(reason);
  } catch {
    shown = String(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    `The promise rejected with the reason "${shown}".`);
  err.name = 'UnhandledPromiseRejection';
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}

let lastRejectionId = 0;

// warn prints Node's two warnings for an unhandled rejection: the reason (its
// stack for errors), then the explanation with the rejection's id.
function warn(reason) {
  const id = ++lastRejectionId;
  try {
    if (isErrorLike(reason)) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      let text;
      try {
        text = String(reason);
      } catch {
        text = Object.prototype.toString.call(reason);
      }
      process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // A reason whose conversion throws is reported by the second warning alone.
  }
  const warning = new Error('Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a promise which was not ' +
    'handled with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see ' +
    `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(warning);
}

function processRejections() {
  const events = host.takeRejections();
  for (let i = 0; i < events.length; i += 3) {
    const promise = events[i];
    const reason = events[i + 1];
    if (!events[i + 2]) {
      maybeUnhandled.set(promise, { reason, warned: false });
      pending.push(promise);
      continue;
    }
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      process.nextTick(() => process.emit('rejectionHandled', promise));
    }
  }
  const list = pending;
  pending = [];
  for (let i = 0; i < list.length; i++) {
    const promise = list[i];
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason } = info;
    const exec = require('internal/process/execution');
    switch (mode) {
      case 'strict': {
        const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
        exec.triggerUncaughtException(err, true);
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        warn(reason);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          warn(reason);
          process.exitCode = 1;
        }
        break;
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      default: // throw
        if (!process.emit('unhandledRejection', reason, promise)) {
          const err = isErrorLike(reason) ? reason : unhandledRejectionError(reason);
          exec.triggerUncaughtException(err, true);
        }
    }
  }
}

module.exports = { processRejections };
