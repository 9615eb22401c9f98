'use strict';

// The public timers module: setTimeout and friends (also the globals), and
// the legacy enroll/unenroll/active API. The machinery is in internal/timers.

const {
  createTimeout,
  createImmediate,
  insert,
  active: activeTimer,
  unrefActive: unrefActiveTimer,
  unenroll: unenrollTimer,
  clearTimeout: clearTimeoutImpl,
  clearImmediate: clearImmediateImpl,
  linkInit,
  getTimerDuration,
} = require('internal/timers');
// Validators load only when an argument is wrong (start-up stays cheap).
function validateFunction(value, name) {
  if (typeof value !== 'function') require('internal/validators').validateFunction(value, name);
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');

let timersPromises;
function lazyPromises() {
  timersPromises ??= require('timers/promises');
  return timersPromises;
}

// setTimeout, setInterval and setImmediate take their extra arguments as a
// rest parameter: goja builds an `arguments` object (as Node's versions use)
// at several times the cost of the rest array. The rest array is the timer's
// argument list, as the array Node builds from `arguments` is; `length` is
// set back to Node's value below.

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  const timeout = createTimeout(callback, after, args.length === 0 ? undefined : args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, 'length', { __proto__: null, value: 5, configurable: true });
Object.defineProperty(setTimeout, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().setTimeout; },
});

function clearTimeout(timer) {
  clearTimeoutImpl(timer);
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  const timeout = createTimeout(callback, repeat, args.length === 0 ? undefined : args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setInterval, 'length', { __proto__: null, value: 5, configurable: true });

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable, as in browsers.
  clearTimeoutImpl(timer);
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return createImmediate(callback, args.length === 0 ? undefined : args);
}

Object.defineProperty(setImmediate, 'length', { __proto__: null, value: 4, configurable: true });
Object.defineProperty(setImmediate, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().setImmediate; },
});

function clearImmediate(immediate) {
  clearImmediateImpl(immediate);
}

// Legacy API (deprecated, still working).

function unenroll(item) {
  if (item._destroyed) return;
  unenrollTimer(item);
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  // An item already in a list leaves it first.
  if (item._idleNext) unenroll(item);
  linkInit(item);
  item._idleTimeout = msecs;
}

function active(item) {
  activeTimer(item);
}

function unrefActive(item) {
  unrefActiveTimer(item);
}

// deprecate wraps fn to emit a DeprecationWarning once, through
// internal/util's deprecate when gonode has it.
function deprecate(fn, msg, code) {
  let util = null;
  try {
    if (internalBinding('host').builtinExists('internal/util')) util = require('internal/util');
  } catch {
    util = null;
  }
  if (util !== null && typeof util.deprecate === 'function') return util.deprecate(fn, msg, code);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated.' +
                          ' Please use timeout.refresh() instead.',
                          'DEP0127'),
  active: deprecate(active,
                    'timers.active() is deprecated.' +
                    ' Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(unenroll,
                      'timers.unenroll() is deprecated.' +
                      ' Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(enroll,
                    'timers.enroll() is deprecated.' +
                    ' Please use setTimeout instead.',
                    'DEP0095'),
};

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyPromises(); },
  },
});
