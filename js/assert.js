'use strict';

// assert — Node v20's assert module.
//
// assert(value) is assert.ok; every assertion throws an AssertionError (code ERR_ASSERTION,
// with actual, expected, operator and generatedMessage) whose message is built by
// internal/assert/assertion_error. A message argument that is an Error is thrown instead.
// The deep comparisons live in internal/assert/comparisons (shared with util.isDeepStrictEqual),
// assert.ok's quoting of the failed call in internal/assert/utils, CallTracker in
// internal/assert/calltracker. assert.strict (also require('assert/strict')) is the same API
// with the strict comparisons in place of the loose ones.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect, isError, types: { isPromise, isRegExp } } = require('internal/util/inspect');
const { innerOk } = require('internal/assert/utils');
const { validateFunction } = require('internal/validators');

const ObjectIs = Object.is;
const ObjectKeys = Object.keys;
const NumberIsNaN = Number.isNaN;
const ReflectApply = Reflect.apply;
const FunctionPrototypeToString = (fn) => Function.prototype.toString.call(fn);
const RegExpPrototypeExec = Function.prototype.call.bind(RegExp.prototype.exec);
const ObjectPrototypeIsPrototypeOf = Function.prototype.call.bind(Object.prototype.isPrototypeOf);
const StringCtor = String;

let comparisons;
function lazyComparisons() {
  if (comparisons === undefined) comparisons = require('internal/assert/comparisons');
  return comparisons;
}

function isDeepEqual(a, b) {
  return lazyComparisons().isDeepEqual(a, b);
}

function isDeepStrictEqual(a, b) {
  return lazyComparisons().isDeepStrictEqual(a, b);
}

// Stands for "the function did not throw / the promise did not reject".
const NO_EXCEPTION = {};

function innerFail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

// ---------------------------------------------------------------------------------------------
// ok, fail

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

let failWarned = false;

// fail(message) or the deprecated fail(actual, expected, message, operator, stackStartFn).
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let defaultMessage = false;
  if (actual == null && argsLen <= 1) {
    defaultMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (defaultMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

// ---------------------------------------------------------------------------------------------
// equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual, strictEqual,
// notStrictEqual

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}
assert.notDeepStrictEqual = notDeepStrictEqual;

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// ---------------------------------------------------------------------------------------------
// throws, rejects, doesNotThrow, doesNotReject

// The placeholder objects of a failed validation-object check: the compared keys only, with
// expected RegExps that matched replaced by the matching string (so they do not show as a
// difference).
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          RegExpPrototypeExec(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

// Checks a thrown (or rejected) value against the `error` argument of throws/rejects: a RegExp
// (tested against String(actual)), a validation object or Error (each own key deep-compared,
// RegExp values tested against string properties), an Error class (instanceof) or a
// validation function (must return true).
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = StringCtor(actual);
      if (RegExpPrototypeExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      // A primitive was thrown: compared as a whole.
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = ObjectKeys(expected);
      // An Error's name and message are compared too.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExpPrototypeExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // Arrow functions have no prototype and are validation functions.
    return;
  } else if (ObjectPrototypeIsPrototypeOf(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = callValidator(expected, actual);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }

  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Native promises, and objects with then and catch methods.
function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    // throws(fn, 'message'): the string is the message, not what to match.
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

// Whether the thrown value is one doesNotThrow/doesNotReject was told not to accept.
function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExpPrototypeExec(expected, StringCtor(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) return false;
  return callValidator(expected, actual) === true;
}

// Calls a validation function as Node does (this = {}); a class throws V8's TypeError, which
// names it (goja's does not).
function callValidator(expected, actual) {
  let source;
  try {
    source = FunctionPrototypeToString(expected);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && /^class\b/.test(source)) {
    throw new TypeError(`Class constructor ${expected.name} cannot be invoked without 'new'`);
  }
  return ReflectApply(expected, {}, [actual]);
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  // Something else was thrown: let it through.
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;

// ---------------------------------------------------------------------------------------------
// ifError

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }

  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
  });

  // The new error's stack continues with the original error's frames: the frames both stacks
  // share are taken from the original.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const framesStart = origStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = origStack.slice(framesStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

// ---------------------------------------------------------------------------------------------
// match, doesNotMatch

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn === match;
  if (typeof string === 'string' && (RegExpPrototypeExec(regexp, string) !== null) === wantMatch) return;

  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wantMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

assert.match = match;
assert.doesNotMatch = doesNotMatch;

// ---------------------------------------------------------------------------------------------
// CallTracker, strict

assert.CallTracker = require('util').deprecate(
  require('internal/assert/calltracker'), 'assert.CallTracker is deprecated.', 'DEP0173');

// assert.strict: ok under the name strict, and the strict comparisons in place of the loose.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
