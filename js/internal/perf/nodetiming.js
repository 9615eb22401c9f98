'use strict';

// internal/perf/nodetiming — performance.nodeTiming, Node's milestones relative to
// performance.timeOrigin (the process start).
//
// gonode's host does not record its start-up milestones, and its loop does not report when it
// started or how long it sat idle. So: nodeStart is 0 (timeOrigin is the process start);
// v8Start, environment and bootstrapComplete are all the time this module was first loaded (an
// upper bound); loopStart and loopExit stay -1 and idleTime 0 — what Node reports before its
// loop starts — and uvMetricsInfo counts nothing.

const { PerformanceEntry } = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kLoaded = now();

const milestones = {
  __proto__: null,
  nodeStart: 0,
  v8Start: kLoaded,
  environment: kLoaded,
  loopStart: -1,
  loopExit: -1,
  bootstrapComplete: kLoaded,
};

function accessor(get) {
  return { __proto__: null, enumerable: true, configurable: true, get };
}

function value(v) {
  return { __proto__: null, enumerable: true, configurable: true, value: v };
}

class PerformanceNodeTiming {
  constructor() {
    Object.defineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: accessor(now),
      nodeStart: accessor(() => milestones.nodeStart),
      v8Start: accessor(() => milestones.v8Start),
      environment: accessor(() => milestones.environment),
      loopStart: accessor(() => milestones.loopStart),
      loopExit: accessor(() => milestones.loopExit),
      bootstrapComplete: accessor(() => milestones.bootstrapComplete),
      idleTime: accessor(() => 0),
      uvMetricsInfo: accessor(() => ({ loopCount: 0, events: 0, eventsWaiting: 0 })),
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

module.exports = new PerformanceNodeTiming();
