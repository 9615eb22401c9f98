'use strict';

// internal/perf/timerify — performance.timerify(fn): a wrapper that reports each call's
// duration to the PerformanceObservers of 'function' entries (detail: the arguments). The
// options.histogram of Node needs perf_hooks.createHistogram, which gonode lacks: any value
// given there is rejected as not a RecordableHistogram.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');
const { enqueue } = require('internal/perf/observe');

const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;

function processComplete(name, start, args) {
  const duration = now() - start;
  const entry = createPerformanceNodeEntry(name, 'function', start, duration, args);
  for (let n = 0; n < args.length; n++) entry[n] = args[n];
  enqueue(entry);
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? ReflectConstruct(fn, args, fn) : ReflectApply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args));
    }
    processComplete(fn.name, start, args);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = timerify;
