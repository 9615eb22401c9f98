'use strict';

// The JavaScript half of Node's timers on gonode's loop.
//
// Timers: one list per duration (msecs), kept in a binary min-heap ordered by
// the list's expiry; the Go side (bindings/timers) owns a single loop timer
// that fires when the earliest list is due and calls processTimers(now).
// Timers of one list are in start order, so the head of a list is always the
// one to expire first.
//
// Immediates: a queue appended to by setImmediate; the Go check handle calls
// processImmediate() for the batch that was queued before the check phase.
//
// Between two callbacks Node drains the nextTick queue and the microtasks.
// processTimers and processImmediate drain the ticks themselves
// (runNextTicks); goja runs promise jobs only when the outermost call
// returns, so when a callback left some (or a rejection to report) they
// return and ask Go to call again, and Go drains them in between. Callbacks
// that leave nothing behind run many to a call.
//
// Timeouts and Immediates are made by createTimeout and createImmediate (one
// object literal each, with Node's own properties in Node's order); the
// classes remain for `new` and for their prototypes.

const binding = internalBinding('timers');
const { runNextTicks } = require('internal/process/task_queues');
const {
  immediateInfo: immediateInfoBuffer,
  getLibuvNow,
  scheduleTimer,
  toggleTimerRef,
  toggleImmediateRef,
} = binding;

// Validators and errors load only when an argument is wrong (start-up stays cheap).
function validateFunction(value, name) {
  if (typeof value !== 'function') require('internal/validators').validateFunction(value, name);
}
function validateNumber(value, name) {
  if (typeof value !== 'number') require('internal/validators').validateNumber(value, name);
}

const MathTrunc = Math.trunc;
const MathMax = Math.max;

// 2 ** 31 - 1, the largest delay a timer accepts.
const TIMEOUT_MAX = 2147483647;

// immediateInfo is shared with Go, which reads it in the check phase. Its
// slots are flags, written only when they change (a typed-array store costs
// allocations in goja): [kCount] is 1 while immediates are queued or
// outstanding, [kRefCount] 1 while any of them is ref'd (Go's idle handle
// follows it through toggleImmediateRef); [kHasOutstanding] is not used.
// The counts themselves are kept here.
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const immediateInfo = new Uint32Array(immediateInfoBuffer);
let immediateCount = 0; // queued or outstanding, not yet run or cleared
let immediateRefCount = 0; // ...of which ref'd

function immediateRefCountUp() {
  if (immediateRefCount++ === 0) {
    immediateInfo[kRefCount] = 1;
    toggleImmediateRef(true);
  }
}

function immediateRefCountDown() {
  if (--immediateRefCount === 0) {
    immediateInfo[kRefCount] = 0;
    toggleImmediateRef(false);
  }
}

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kTimeout = Symbol('timeout');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

// ---------------------------------------------------------------------------
// Async ids. gonode has no async_hooks yet, so timers number themselves: ids
// start after 1 (the main script, as in Node), and a resource's trigger id is
// the id of the timer or immediate whose callback created it (1 at top level).
// When internal/async_hooks exists, take newAsyncId/getDefaultTriggerAsyncId
// and the symbols from it, and call emitInit/emitBefore/emitAfter/emitDestroy
// where Node's timers do.

const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
let lastAsyncId = 1;
let executionAsyncId = 1; // the id of the running timer or immediate callback

// initAsyncResource gives resource (of type 'Timeout' or 'Immediate') its ids.
function initAsyncResource(resource, type) {
  resource[asyncIdSymbol] = ++lastAsyncId;
  resource[triggerAsyncIdSymbol] = executionAsyncId;
}

// ---------------------------------------------------------------------------
// Ref counting of the single loop timer.

let refCount = 0;

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// ---------------------------------------------------------------------------
// Circular doubly linked lists of timers. The list object is the sentinel;
// append() links a new item right after it (on the _idleNext side), so the
// oldest item is the sentinel's _idlePrev and peek() returns it.

function linkInit(item) {
  item._idleNext = item;
  item._idlePrev = item;
}

function linkPeek(list) {
  const item = list._idlePrev;
  return item === list ? null : item;
}

function linkRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function linkAppend(list, item) {
  if (item._idleNext || item._idlePrev) linkRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function linkIsEmpty(list) {
  return list._idleNext === list;
}

// ---------------------------------------------------------------------------
// The lists, by duration, and a binary min-heap of them by (expiry, id).
// The heap is 1-based; each list remembers its slot in priorityQueuePosition.

// Ids break expiry ties in creation order; Node starts them at MIN_SAFE_INTEGER.
let timerListId = Number.MIN_SAFE_INTEGER;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  [customInspectSymbol](_, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

function listBefore(a, b) {
  if (a.expiry !== b.expiry) return a.expiry < b.expiry;
  return a.id < b.id;
}

class TimerListHeap {
  constructor() {
    this.heap = [undefined];
    this.size = 0;
  }

  peek() {
    return this.size === 0 ? undefined : this.heap[1];
  }

  place(pos, list) {
    this.heap[pos] = list;
    list.priorityQueuePosition = pos;
  }

  insert(list) {
    const pos = ++this.size;
    this.place(pos, list);
    this.percolateUp(pos);
  }

  percolateUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = pos >> 1;
      if (!listBefore(item, heap[parent])) break;
      this.place(pos, heap[parent]);
      pos = parent;
    }
    this.place(pos, item);
  }

  percolateDown(pos) {
    const heap = this.heap;
    const size = this.size;
    const item = heap[pos];
    for (;;) {
      let child = pos * 2;
      if (child > size) break;
      if (child + 1 <= size && listBefore(heap[child + 1], heap[child])) child++;
      if (!listBefore(heap[child], item)) break;
      this.place(pos, heap[child]);
      pos = child;
    }
    this.place(pos, item);
  }

  removeAt(pos) {
    const heap = this.heap;
    const last = this.size--;
    const removed = heap[pos];
    if (pos !== last) {
      this.place(pos, heap[last]);
      heap[last] = undefined;
      if (pos > 1 && listBefore(heap[pos], heap[pos >> 1])) this.percolateUp(pos);
      else this.percolateDown(pos);
    } else {
      heap[last] = undefined;
    }
    removed.priorityQueuePosition = null;
    return removed;
  }

  shift() {
    if (this.size === 0) return undefined;
    return this.removeAt(1);
  }
}

// Lists by duration; a null-prototype object so any integer key is safe.
const timerListMap = { __proto__: null };
const timerListQueue = new TimerListHeap();

// The expiry the Go timer is currently armed for (Infinity: none, or not
// known while processTimers runs — any new list then re-arms it).
let nextExpiry = Infinity;

// Timeouts converted to a number (+timeout), by that number, for clearTimeout(id).
const knownTimersById = { __proto__: null };

// ---------------------------------------------------------------------------
// Timeout

// outOfRangeDelay is the delay used for a numeric `after` outside 1..TIMEOUT_MAX
// (or NaN): 1, as browsers do ("as soon as possible", the next 1 ms list),
// with Node's warning when it was too large. Callers test the range inline so
// the common case costs no call.
function outOfRangeDelay(after) {
  if (after > TIMEOUT_MAX) {
    process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                        '\nTimeout duration was set to 1.',
                        'TimeoutOverflowWarning');
  }
  return 1;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1; // coerce to a number (or NaN)
    if (!(after >= 1 && after <= TIMEOUT_MAX)) after = outOfRangeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this, 'Timeout');
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [customInspectSymbol](_, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  [SymbolDispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

const TimeoutPrototype = Timeout.prototype;

// createTimeout is `new Timeout(...)` for setTimeout and setInterval: the
// same own properties in the same order, built as one object literal, which
// goja makes at a fraction of the cost of a constructor assigning them one by
// one (each new property looks up the prototype chain first). The links are
// null rather than self-links: insert() links the timer at once.
function createTimeout(callback, after, args, isRepeat, isRefed) {
  after *= 1; // coerce to a number (or NaN)
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = outOfRangeDelay(after);
  if (isRefed && refCount++ === 0) toggleTimerRef(true);
  return {
    __proto__: TimeoutPrototype,
    _idleTimeout: after,
    _idlePrev: null,
    _idleNext: null,
    _idleStart: null,
    _onTimeout: callback,
    _timerArgs: args,
    _repeat: isRepeat ? after : null,
    _destroyed: false,
    [kRefed]: isRefed,
    [kHasPrimitive]: false,
    [asyncIdSymbol]: ++lastAsyncId,
    [triggerAsyncIdSymbol]: executionAsyncId,
  };
}

// insert puts item at the end of the list for its duration, starting at start
// (the loop's current time by default), creating the list and re-arming the Go
// timer when the new list expires before the one it is armed for.
function insert(item, msecs, start) {
  if (start === undefined) start = getLibuvNow();
  msecs = MathTrunc(msecs); // sub-millisecond accuracy is not promised
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  // linkAppend(list, item), inline: this runs for every timer started.
  if (item._idleNext || item._idlePrev) linkRemove(item);
  const newest = list._idleNext;
  item._idleNext = newest;
  newest._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

// insertGuarded (re)starts item with its _idleTimeout, as refresh() and the
// legacy timers.active() do: a destroyed item comes back to life with a new
// async id, and the ref count follows the requested ref state.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    initAsyncResource(item, 'Timeout');
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// unenroll stops item for good (clearTimeout, timers.unenroll).
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  linkRemove(item);
  if (item[kRefed]) {
    // Empty lists of ref'd timers go at once; unref'd ones are left to expire
    // (they are likely to be refilled soon, e.g. socket timeouts).
    const list = timerListMap[MathTrunc(item._idleTimeout)];
    if (list !== undefined && linkIsEmpty(list)) {
      timerListQueue.removeAt(list.priorityQueuePosition);
      delete timerListMap[list.msecs];
    }
    decRefCount();
  }
  item._idleTimeout = -1; // a later active() must not re-insert it
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById[timer];
    if (known !== undefined) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

// getTimerDuration validates a duration for the legacy enroll() API.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// setUnrefTimeout is for built-ins that need a timer that never keeps the
// process alive.
function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timer = createTimeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// ---------------------------------------------------------------------------
// processTimers(now), called by Go when the loop timer fires, runs the due
// timers in order with a checkpoint after each (runNextTicks: the ticks it
// queued run at once; if it left promise jobs or rejections, which only the
// host can run, processTimers returns and is called again — so they run
// between two timers, as in Node, and a run of timers that leave nothing
// behind costs one call from Go). Returns
//   Infinity  — a checkpoint needs the host: call again;
//   ±expiry   — the earliest list is not due: re-arm for it (negative when no
//               ref'd timer remains, so the loop timer is unref'd);
//   0         — no lists remain.
// A throwing callback leaves every structure consistent (finally below), and
// Go calls processTimers(now) again after 'uncaughtException'.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  while ((list = timerListQueue.peek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (listOnTimeout(list, now)) return Infinity;
  }
  return 0;
}

// listOnTimeout runs the due timers of list (the heap's first) and reports
// whether a checkpoint needs the host. When the list's head is not due yet
// (it was started after the list was created) the list is re-keyed in the
// heap; when it is empty it is dropped.
function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let timer;
  // linkPeek(list) and linkRemove(timer), inline: this runs for every timer.
  while ((timer = list._idlePrev) !== list) {
    const idleStart = timer._idleStart;
    if (now - idleStart < msecs) {
      // Too early for this one: the list waits until its head is due.
      list.expiry = MathMax(idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return false;
    }

    // The oldest timer: its _idlePrev is the next one, or the list.
    const next = timer._idlePrev;
    list._idlePrev = next;
    next._idleNext = list;
    timer._idleNext = null;
    timer._idlePrev = null;

    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }

    let start;
    if (timer._repeat) start = getLibuvNow();

    const prevExecutionId = executionAsyncId;
    executionAsyncId = timer[asyncIdSymbol];
    let threw = false;
    let error;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } catch (err) {
      threw = true;
      error = err;
    } finally {
      executionAsyncId = prevExecutionId;
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        if (timer[kRefed]) refCount--;
        timer._destroyed = true;
      }
    }
    if (threw) {
      // As in Node, a throwing timer goes to 'uncaughtException' and the next
      // due timer runs at once: no nextTick or microtask checkpoint between.
      require('internal/process/execution').triggerUncaughtException(error, false);
      continue;
    }
    if (runNextTicks()) return true;
  }

  // Every timer has run. The list may have been replaced by a new one for
  // the same duration; drop it only if it is still the current one.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  } else if (list.priorityQueuePosition !== null) {
    timerListQueue.removeAt(list.priorityQueuePosition);
  }
  return false;
}

// ---------------------------------------------------------------------------
// Immediates

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

// Immediates queued for the next check phase.
const immediateQueue = new ImmediateList();
// The batch being run (or left over by an exception): its next immediate.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this, 'Immediate');
    this.ref();
    if (immediateCount++ === 0) immediateInfo[kCount] = 1;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      immediateRefCountUp();
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      immediateRefCountDown();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [SymbolDispose]() {
    clearImmediate(this);
  }
}

const ImmediatePrototype = Immediate.prototype;

// createImmediate is `new Immediate(callback, args)` for setImmediate, built
// as one object literal like createTimeout: the same own properties in the
// same order, ref'd and queued.
function createImmediate(callback, args) {
  const immediate = {
    __proto__: ImmediatePrototype,
    _idleNext: null,
    _idlePrev: null,
    _onImmediate: callback,
    _argv: args,
    _destroyed: false,
    [kRefed]: true,
    [asyncIdSymbol]: ++lastAsyncId,
    [triggerAsyncIdSymbol]: executionAsyncId,
  };
  if (immediateRefCount++ === 0) {
    immediateInfo[kRefCount] = 1;
    toggleImmediateRef(true);
  }
  if (immediateCount++ === 0) immediateInfo[kCount] = 1;
  // immediateQueue.append(immediate), inline.
  const tail = immediateQueue.tail;
  if (tail !== null) {
    tail._idleNext = immediate;
    immediate._idlePrev = tail;
  } else {
    immediateQueue.head = immediate;
  }
  immediateQueue.tail = immediate;
  return immediate;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  if (--immediateCount === 0) immediateInfo[kCount] = 0;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRefCountDown();
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  // It may be the next one of the running batch rather than a queued one.
  if (immediate === outstandingQueue.head) outstandingQueue.head = immediate._idleNext;
  immediateQueue.remove(immediate);
}

// processImmediate(resume), called by Go in the check phase, runs the batch
// of immediates queued before this check phase, with the same checkpoint
// after each as processTimers; immediates queued meanwhile wait for the next
// check phase. Returns true when a checkpoint needs the host: Go then calls
// processImmediate(true) to go on with the batch (which a tick or microtask
// may have cleared meanwhile: that ends it). Returns false when the batch is
// done. If a callback throws, the error goes to 'uncaughtException' and the
// batch goes on; if that ends the call (process exit) the rest of the batch
// stays outstanding and runs first in the next check phase, as in Node.
//
// An immediate leaves the counts when its callback has returned, not before:
// a chain of immediates, each queueing the next, then never brings them to
// zero and back (no flag store, no call to Go, per immediate).
function processImmediate(resume) {
  if (!resume && outstandingQueue.head === null) {
    // Start a batch: take the whole queue.
    outstandingQueue.head = immediateQueue.head;
    immediateQueue.head = immediateQueue.tail = null;
  }
  for (;;) {
    let immediate = outstandingQueue.head;
    while (immediate !== null && immediate._destroyed) immediate = immediate._idleNext;
    outstandingQueue.head = immediate;
    if (immediate === null) return false;

    immediate._destroyed = true;
    const refed = immediate[kRefed];
    immediate[kRefed] = null;

    const prevExecutionId = executionAsyncId;
    executionAsyncId = immediate[asyncIdSymbol];
    let threw = false;
    let error;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } catch (err) {
      threw = true;
      error = err;
    } finally {
      executionAsyncId = prevExecutionId;
      immediate._onImmediate = null;
      outstandingQueue.head = immediate._idleNext;
      if (--immediateCount === 0) immediateInfo[kCount] = 0;
      if (refed && --immediateRefCount === 0) {
        immediateInfo[kRefCount] = 0;
        toggleImmediateRef(false);
      }
    }
    if (threw) {
      // The error goes to 'uncaughtException'; the next immediate runs with
      // no nextTick or microtask checkpoint in between, as in Node.
      require('internal/process/execution').triggerUncaughtException(error, false);
      continue;
    }
    if (outstandingQueue.head === null) return false;
    if (runNextTicks()) return true;
  }
}

binding.setupTimers(processImmediate, processTimers);

module.exports = {
  TIMEOUT_MAX,
  kTimeout,
  kRefed,
  kHasPrimitive,
  async_id_symbol: asyncIdSymbol,
  trigger_async_id_symbol: triggerAsyncIdSymbol,
  initAsyncResource,
  Timeout,
  Immediate,
  createTimeout,
  createImmediate,
  TimersList,
  insert,
  insertGuarded,
  active,
  unrefActive,
  unenroll,
  clearTimeout,
  clearImmediate,
  linkInit,
  getTimerDuration,
  setUnrefTimeout,
  immediateQueue,
  immediateInfo,
  immediateInfoFields: { kCount, kRefCount, kHasOutstanding },
  timerListMap,
  timerListQueue,
  knownTimersById,
  incRefCount,
  decRefCount,
  processTimers,
  processImmediate,
};
