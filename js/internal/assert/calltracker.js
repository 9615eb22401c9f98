'use strict';

// internal/assert/calltracker — assert.CallTracker (deprecated in Node v20, DEP0173).
//
// tracker.calls(fn, expected) returns a wrapper of fn (a Proxy, so it keeps fn's name, length
// and properties) that records each call's `this` and arguments. report() lists the wrappers
// called a different number of times than expected, verify() throws an AssertionError for them,
// getCalls(wrapper) returns the recorded calls and reset() forgets them.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

const ObjectFreeze = Object.freeze;
const ReflectApply = Reflect.apply;
const noop = Function.prototype;

// What is known about one tracked function.
class TrackedCalls {
  #calls = [];
  #expected;
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  record(thisArg, args) {
    this.#calls.push(ObjectFreeze({ thisArg, arguments: ObjectFreeze(Array.prototype.slice.call(args)) }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return ObjectFreeze(this.#calls.slice());
  }

  // undefined when the function was called as often as expected.
  report() {
    const actual = this.#calls.length;
    if (actual === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${actual} time(s).`,
      actual,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #tracked = new Set();
  #byWrapper = new WeakMap();

  #lookup(tracked) {
    const entry = this.#byWrapper.get(tracked);
    if (entry === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return entry;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const entry of this.#tracked) entry.reset();
      return;
    }
    this.#lookup(tracked).reset();
  }

  getCalls(tracked) {
    return this.#lookup(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);

    // eslint-disable-next-line no-restricted-syntax
    const entry = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        entry.record(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#tracked.add(entry);
    this.#byWrapper.set(wrapper, entry);
    return wrapper;
  }

  report() {
    const errors = [];
    for (const entry of this.#tracked) {
      const found = entry.report();
      if (found !== undefined) errors.push(found);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
