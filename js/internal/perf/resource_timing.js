'use strict';

// internal/perf/resource_timing — PerformanceResourceTiming, the 'resource' entries that
// performance.markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode)
// makes (undici's fetch calls it). Every getter reads the fetch timing info the entry was made
// with; the entry goes to the observers and to the global resource buffer (internal/perf/observe).

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INTERNAL_ASSERTION },
} = require('internal/errors');
const { validateInternalField } = require('internal/validators');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');
const { bufferResourceTiming, enqueue } = require('internal/perf/observe');

const kCacheMode = Symbol('kCacheMode');
const kRequestedUrl = Symbol('kRequestedUrl');
const kTimingInfo = Symbol('kTimingInfo');
const kInitiatorType = Symbol('kInitiatorType');

const kName = 'PerformanceResourceTiming';

function timing(entry) {
  validateInternalField(entry, kTimingInfo, kName);
  return entry[kTimingInfo];
}

function connection(entry) {
  return timing(entry).finalConnectionTimingInfo;
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type);
  }

  get name() {
    validateInternalField(this, kRequestedUrl, kName);
    return this[kRequestedUrl];
  }

  get startTime() {
    return timing(this).startTime;
  }

  get duration() {
    const info = timing(this);
    return info.endTime - info.startTime;
  }

  get initiatorType() {
    validateInternalField(this, kInitiatorType, kName);
    return this[kInitiatorType];
  }

  get workerStart() {
    return timing(this).finalServiceWorkerStartTime;
  }

  get redirectStart() {
    return timing(this).redirectStartTime;
  }

  get redirectEnd() {
    return timing(this).redirectEndTime;
  }

  get fetchStart() {
    return timing(this).postRedirectStartTime;
  }

  get domainLookupStart() {
    return connection(this)?.domainLookupStartTime;
  }

  get domainLookupEnd() {
    return connection(this)?.domainLookupEndTime;
  }

  get connectStart() {
    return connection(this)?.connectionStartTime;
  }

  get connectEnd() {
    return connection(this)?.connectionEndTime;
  }

  get secureConnectionStart() {
    return connection(this)?.secureConnectionStartTime;
  }

  get nextHopProtocol() {
    return connection(this)?.ALPNNegotiatedProtocol;
  }

  get requestStart() {
    return timing(this).finalNetworkRequestStartTime;
  }

  get responseStart() {
    return timing(this).finalNetworkResponseStartTime;
  }

  get responseEnd() {
    return timing(this).endTime;
  }

  get encodedBodySize() {
    return timing(this).encodedBodySize;
  }

  get decodedBodySize() {
    return timing(this).decodedBodySize;
  }

  // A cached response transferred nothing; otherwise the body plus 300 bytes of headers.
  get transferSize() {
    const info = timing(this);
    const cacheMode = this[kCacheMode];
    if (cacheMode === 'local') return 0;
    if (cacheMode === 'validated') return 300;
    return info.encodedBodySize + 300;
  }

  toJSON() {
    validateInternalField(this, kInitiatorType, kName);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this[kInitiatorType],
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

const kEnumerable = { __proto__: null, enumerable: true };
Object.defineProperties(PerformanceResourceTiming.prototype, {
  initiatorType: kEnumerable,
  nextHopProtocol: kEnumerable,
  workerStart: kEnumerable,
  redirectStart: kEnumerable,
  redirectEnd: kEnumerable,
  fetchStart: kEnumerable,
  domainLookupStart: kEnumerable,
  domainLookupEnd: kEnumerable,
  connectStart: kEnumerable,
  connectEnd: kEnumerable,
  secureConnectionStart: kEnumerable,
  requestStart: kEnumerable,
  responseStart: kEnumerable,
  responseEnd: kEnumerable,
  transferSize: kEnumerable,
  encodedBodySize: kEnumerable,
  decodedBodySize: kEnumerable,
  toJSON: kEnumerable,
  [Symbol.toStringTag]: { __proto__: null, value: kName, configurable: true },
});

function createPerformanceResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode = '') {
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, 'resource');
  entry[kInitiatorType] = initiatorType;
  entry[kRequestedUrl] = requestedUrl;
  // The timing info is fetch's, taken as it is (the spec does not validate it here).
  entry[kTimingInfo] = timingInfo;
  entry[kCacheMode] = cacheMode;
  return entry;
}

// https://w3c.github.io/resource-timing/#dfn-mark-resource-timing
// eslint-disable-next-line no-unused-vars
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new ERR_INTERNAL_ASSERTION("cache must be an empty string or 'local'");
  }
  const entry = createPerformanceResourceTiming(requestedUrl, initiatorType, timingInfo, cacheMode);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

module.exports = {
  PerformanceResourceTiming,
  markResourceTiming,
};
