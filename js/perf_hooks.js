'use strict';

// perf_hooks — the performance timeline: performance (now, timeOrigin, mark, measure, the entry
// buffers, toJSON, timerify, nodeTiming), PerformanceEntry/Mark/Measure, PerformanceObserver
// and its entry list (internal/perf/*).
//
// PerformanceResourceTiming entries come from performance.markResourceTiming (fetch's).
// Still stubs that throw ERR_NOT_IMPLEMENTED: monitorEventLoopDelay, createHistogram.
// performance.eventLoopUtilization() answers zeros and nodeTiming's loop milestones
// stay -1: gonode's loop does not report them (see internal/perf/nodetiming).

const { constants, define, fns } = require('internal/stub');
const { PerformanceEntry } = require('internal/perf/performance_entry');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { Performance, performance } = require('internal/perf/performance');
const { PerformanceResourceTiming } = require('internal/perf/resource_timing');

module.exports = define('perf_hooks', {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  ...fns('monitorEventLoopDelay createHistogram'),
  performance,
  constants: constants({
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
});
