'use strict';

// internal/perf/utils — the performance clock: milliseconds since the process started, from the
// monotonic clock (the same origin as Event.prototype.timeStamp), and the wall-clock time of
// that origin.

const processMethods = internalBinding('process_methods');

// The process start on the monotonic clock, in nanoseconds.
const kTimeOrigin = Math.round(processMethods.hrtime() - processMethods.uptime() * 1e9);

function now() {
  return (processMethods.hrtime() - kTimeOrigin) / 1e6;
}

// performance.timeOrigin: the wall-clock time of the origin, in milliseconds to the microsecond.
const kTimeOriginTimestamp = Math.round((Date.now() - now()) * 1e3) / 1e3;

function getTimeOriginTimestamp() {
  return kTimeOriginTimestamp;
}

module.exports = {
  getTimeOriginTimestamp,
  now,
};
