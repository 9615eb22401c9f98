'use strict';

// internal/perf/observe — the performance timeline: the global buffers of marks and measures
// (performance.getEntries*), and PerformanceObserver, whose callbacks get the entries queued
// for them in one setImmediate after the entries were made.
//
// gonode makes only 'mark', 'measure' and 'function' (timerify) entries; observing 'gc',
// 'http', 'http2', 'net', 'dns' or 'resource' is accepted and never delivers anything.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInternalField,
  validateObject,
} = require('internal/validators');
const { lazyDOMException } = require('internal/util');
const { isPerformanceEntry, kEnumerable } = require('internal/perf/performance_entry');
const { setImmediate } = require('timers');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kSkipThrow = Symbol('kSkipThrow');

const kTypeSingle = 0;
const kTypeMultiple = 1;

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

// The global buffers.
let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
let resourceTimingBufferSizeLimit = 250;
const kClearPerformanceEntryBuffers = Object.freeze({
  __proto__: null,
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
});
const kWarnedEntryTypes = new Set();

const kObservers = new Set();
const kPending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending);
    kPending.clear();
    for (const pending of pendings) pending[kDispatch]();
  });
}

const byStartTime = (first, second) => first.startTime - second.startTime;

// Entries are buffered in time order unless a mark was given its startTime, so a list is
// usually sorted already: checking that takes n - 1 comparisons where sorting takes n log n
// (each reading two startTime getters).
function sortByStartTime(list) {
  for (let i = 1; i < list.length; i++) {
    if (byStartTime(list[i - 1], list[i]) > 0) return list.sort(byStartTime);
  }
  return list;
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = sortByStartTime(entries);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}

function toStringTag(value) {
  return { __proto__: null, value, writable: false, enumerable: false, configurable: true };
}

Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerable,
  getEntriesByType: kEnumerable,
  getEntriesByName: kEnumerable,
  [Symbol.toStringTag]: toStringTag('PerformanceObserverEntryList'),
});

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }

    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to multiple observations',
                                 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to single observation',
                                 'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n])) this.#entryTypes.add(entryTypes[n]);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBufferMapByNameAndType(undefined, type);
        this.#buffer.push(...entries);
        kPending.add(this);
        if (kPending.size) queuePending();
      }
    }

    if (this.#entryTypes.size) {
      kObservers.add(this);
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    kPending.add(this);
    if (kPending.size) queuePending();
  }

  [kDispatch]() {
    const entryList = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(entryList, this);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `PerformanceObserver ${inspect({
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, opts)}`;
  }
}

Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerable,
  disconnect: kEnumerable,
  takeRecords: kEnumerable,
  [Symbol.toStringTag]: toStringTag('PerformanceObserver'),
});

// Queues entry for the observers that watch its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const obs of kObservers) obs[kMaybeBuffer](entry);
}

// Adds a mark or measure to the global buffer.
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') {
    buffer = markEntryBuffer;
  } else if (entryType === 'measure') {
    buffer = measureEntryBuffer;
  } else {
    return;
  }
  buffer.push(entry);
  const count = buffer.length;
  if (count > kPerformanceEntryBufferWarnSize && !kWarnedEntryTypes.has(entryType)) {
    kWarnedEntryTypes.add(entryType);
    const w = new Error('Possible perf_hooks memory leak detected. ' +
                        `${count} ${entryType} entries added to the global ` +
                        'performance entry buffer. Use ' +
                        `${kClearPerformanceEntryBuffers[entryType]} to ` +
                        'clear the buffer.');
    w.name = 'MaxPerformanceEntryBufferExceededWarning';
    w.entryType = entryType;
    w.count = count;
    process.emitWarning(w);
  }
}

// Resource entries past the buffer's limit wait in a secondary buffer; an immediate then
// dispatches 'resourcetimingbufferfull' on performance (whose listeners may clear the buffer or
// raise the limit) until they fit or the listeners make no room, in which case they are dropped.
let resourceTimingSecondaryBuffer = [];
let resourceTimingBufferFullPending = false;
let dispatchBufferFull = null;

function setDispatchBufferFull(fn) {
  dispatchBufferFull = fn;
}

function bufferResourceTiming(entry) {
  if (resourceTimingBuffer.length < resourceTimingBufferSizeLimit && !resourceTimingBufferFullPending) {
    resourceTimingBuffer.push(entry);
    return;
  }
  if (!resourceTimingBufferFullPending) {
    resourceTimingBufferFullPending = true;
    setImmediate(drainSecondaryBuffer);
  }
  resourceTimingSecondaryBuffer.push(entry);
}

function drainSecondaryBuffer() {
  while (resourceTimingSecondaryBuffer.length > 0) {
    const excessBefore = resourceTimingSecondaryBuffer.length;
    dispatchBufferFull('resourcetimingbufferfull');
    const room = resourceTimingBufferSizeLimit - resourceTimingBuffer.length;
    const keep = Math.max(Math.min(room, resourceTimingSecondaryBuffer.length), 0);
    const excessAfter = resourceTimingSecondaryBuffer.length - keep;
    for (let i = 0; i < keep; i++) resourceTimingBuffer.push(resourceTimingSecondaryBuffer[i]);
    // (As in Node, the moved entries stay in the secondary buffer; it is emptied once the
    // listeners stop making room.)
    if (excessBefore <= excessAfter) resourceTimingSecondaryBuffer = [];
  }
  resourceTimingBufferFullPending = false;
}

// The limit is not applied to what is already buffered.
function setResourceTimingBufferSize(maxSize) {
  resourceTimingBufferSizeLimit = maxSize;
}

function clearEntriesFromBuffer(type, name) {
  if (type === 'mark') {
    markEntryBuffer = name === undefined ? [] : markEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ? [] : measureEntryBuffer.filter((entry) => entry.name !== name);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ? [] : resourceTimingBuffer.filter((entry) => entry.name !== name);
  }
}

// The buffered entries of a name and/or type, by start time (marks before measures on ties).
function filterBufferMapByNameAndType(name, type) {
  let bufferList;
  if (type === 'mark') {
    bufferList = markEntryBuffer;
  } else if (type === 'measure') {
    bufferList = measureEntryBuffer;
  } else if (type === 'resource') {
    bufferList = resourceTimingBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    bufferList = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  }
  if (name !== undefined) {
    bufferList = bufferList.filter((entry) => entry.name === name);
  } else if (type !== undefined) {
    bufferList = bufferList.slice();
  }
  return sortByStartTime(bufferList);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferResourceTiming,
  bufferUserTiming,
  clearEntriesFromBuffer,
  enqueue,
  filterBufferMapByNameAndType,
  setDispatchBufferFull,
  setResourceTimingBufferSize,
  get resourceTimingBufferSizeLimit() { return resourceTimingBufferSizeLimit; },
};
