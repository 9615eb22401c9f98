'use strict';

// perf_hooks — a stub until gonode's performance timeline: the constants are Node's, the
// classes exist, and every function and method (performance.now() too) throws
// ERR_NOT_IMPLEMENTED.

const { cls, constants, define, fns, getter } = require('internal/stub');

const { PerformanceEntry } = define('perf_hooks', { PerformanceEntry: cls() });
const { Performance } = define('perf_hooks', {
  Performance: cls(null, undefined, {
    ...fns('clearMarks clearMeasures clearResourceTimings getEntries getEntriesByName'),
    ...fns('getEntriesByType mark measure now setResourceTimingBufferSize'),
    timeOrigin: getter,
    ...fns('toJSON eventLoopUtilization'),
    nodeTiming: getter,
    ...fns('markResourceTiming timerify'),
  }),
});

module.exports = define('perf_hooks', {
  Performance,
  PerformanceEntry,
  PerformanceMark: cls(PerformanceEntry),
  PerformanceMeasure: cls(PerformanceEntry),
  PerformanceObserver: cls(null, {
    supportedEntryTypes: Object.freeze(
      ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']),
  }),
  PerformanceObserverEntryList: cls(),
  PerformanceResourceTiming: cls(PerformanceEntry),
  ...fns('monitorEventLoopDelay createHistogram'),
  // Node's instance; here it only has Performance's (throwing) methods.
  performance: Object.create(Performance.prototype),
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
