'use strict';

// internal/perf/performance — the Performance class and the `performance` object.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateInternalField } = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  kTrustEvent,
} = require('internal/event_target');
const { now, getTimeOriginTimestamp } = require('internal/perf/utils');
const { mark, measure, clearMarkTimings } = require('internal/perf/usertiming');
const {
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
  setDispatchBufferFull,
  setResourceTimingBufferSize,
} = require('internal/perf/observe');
const { markResourceTiming } = require('internal/perf/resource_timing');
const { kEnumerable } = require('internal/perf/performance_entry');
const eventLoopUtilization = require('internal/perf/event_loop_utilization');
const nodeTiming = require('internal/perf/nodetiming');
const timerify = require('internal/perf/timerify');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// WebIDL's conversion to unsigned long (ToNumber, so a BigInt throws; NaN and infinities give 0;
// the integer part modulo 2^32).
function toUnsignedLong(value) {
  const x = +value;
  if (Number.isNaN(x) || x === 0 || x === Infinity || x === -Infinity) return 0;
  const r = Math.trunc(x) % 4294967296;
  return r < 0 ? r + 4294967296 : r + 0;
}
const kPerformanceBrand = Symbol('performance');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }

  clearMarks(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = {}) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = {}, endMark = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    setResourceTimingBufferSize(toUnsignedLong(maxSize));
  }

  get timeOrigin() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return getTimeOriginTimestamp();
  }

  toJSON() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}


function nodeExtension(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerable,
  clearMeasures: kEnumerable,
  clearResourceTimings: kEnumerable,
  getEntries: kEnumerable,
  getEntriesByName: kEnumerable,
  getEntriesByType: kEnumerable,
  mark: kEnumerable,
  measure: kEnumerable,
  now: kEnumerable,
  setResourceTimingBufferSize: kEnumerable,
  timeOrigin: kEnumerable,
  toJSON: kEnumerable,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'Performance', writable: false, enumerable: false, configurable: true,
  },
  // Node.js extensions
  eventLoopUtilization: nodeExtension(eventLoopUtilization),
  nodeTiming: nodeExtension(nodeTiming),
  markResourceTiming: nodeExtension(markResourceTiming),
  timerify: nodeExtension(timerify),
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
Object.defineProperty(Performance.prototype.mark, 'length', { __proto__: null, value: 1 });
Object.defineProperty(Performance.prototype.measure, 'length', { __proto__: null, value: 1 });

// The one instance: made without running the throwing constructor.
const performance = Object.create(Performance.prototype);
initEventTarget(performance);
Object.defineProperty(performance, kPerformanceBrand, { __proto__: null, value: true });

// 'resourcetimingbufferfull' is a trusted event on performance.
setDispatchBufferFull((type) => {
  performance.dispatchEvent(new Event(type, { [kTrustEvent]: true }));
});

module.exports = {
  Performance,
  performance,
};
