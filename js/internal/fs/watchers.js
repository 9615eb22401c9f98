'use strict';

// internal/fs/watchers — fs.watch (FSWatcher over the binding's inotify watcher, or stat
// polling where the OS has none), fs/promises watch, and fs.watchFile/unwatchFile
// (StatWatcher: stat polling on a timer, like uv_fs_poll).

const binding = internalBinding('fs');
const EventEmitter = require('events');
const pathModule = require('path');
const { Buffer } = require('buffer');
const {
  AbortError,
  UVException,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateFunction, validateObject } =
  require('internal/validators');
const { getOptions, getStatsFromBinding, getValidatedPath } = require('internal/fs/utils');

const kFSWatchStart = Symbol('kFSWatchStart');

// Watchers still open when the process exits are closed then, so an embedding process gets
// their descriptors back.
const openWatchers = new Set();
let exitHookInstalled = false;
function trackWatcher(w) {
  openWatchers.add(w);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const watcher of openWatchers) watcher.close();
      openWatchers.clear();
    });
  }
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  [kFSWatchStart](filename, persistent, recursive, encoding) {
    const self = this;
    const onchange = (eventType, name) => {
      if (self._handle === null) return;
      let filename = name;
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
        const b = Buffer.from(name);
        filename = encoding === 'buffer' ? b : b.toString(encoding);
      }
      self.emit('change', eventType, filename);
    };
    if (binding.watchSupported) {
      const id = binding.watchStart(filename, recursive, persistent, onchange);
      if (id < 0) {
        const error = new UVException({ errno: id, syscall: 'watch', path: filename });
        error.filename = filename;
        throw error;
      }
      this._handle = { id };
      trackWatcher(this);
    } else {
      this._handle = startPolling(filename, persistent, onchange);
    }
  }

  start() {}

  close() {
    if (this._handle === null) return;
    const handle = this._handle;
    this._handle = null;
    openWatchers.delete(this);
    if (handle.id !== undefined) binding.watchClose(handle.id);
    else handle.close();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle?.id !== undefined) binding.watchRef(this._handle.id, true);
    else this._handle?.ref();
    return this;
  }

  unref() {
    if (this._handle?.id !== undefined) binding.watchRef(this._handle.id, false);
    else this._handle?.unref();
    return this;
  }
}

// startPolling watches by comparing stat results and directory listings every 100 ms, for
// systems without a watcher the binding supports.
function startPolling(filename, persistent, onchange) {
  const fs = require('fs');
  const snapshot = () => {
    const st = fs.statSync(filename, { throwIfNoEntry: false });
    let entries = null;
    if (st?.isDirectory()) {
      entries = new Map();
      for (const name of fs.readdirSync(filename)) {
        const s = fs.lstatSync(pathModule.join(filename, name), { throwIfNoEntry: false });
        if (s) entries.set(name, `${s.mtimeMs}:${s.size}:${s.mode}:${s.ino}`);
      }
    }
    return { st, entries };
  };
  let prev = snapshot();
  if (!prev.st) {
    const error = new UVException({ errno: require('os').constants.errno.ENOENT * -1, syscall: 'watch', path: filename });
    error.filename = filename;
    throw error;
  }
  const base = pathModule.basename(String(filename));
  const timer = setInterval(() => {
    const cur = snapshot();
    if (prev.entries && cur.entries) {
      for (const [name, sig] of cur.entries) {
        const old = prev.entries.get(name);
        if (old === undefined) onchange('rename', name);
        else if (old !== sig) onchange('change', name);
      }
      for (const name of prev.entries.keys()) if (!cur.entries.has(name)) onchange('rename', name);
    } else if (!cur.st || !prev.st) {
      if (cur.st !== prev.st) onchange('rename', base);
    } else if (cur.st.mtimeMs !== prev.st.mtimeMs || cur.st.ctimeMs !== prev.st.ctimeMs) {
      onchange('change', base);
    }
    prev = cur;
  }, 100);
  if (!persistent) timer.unref();
  return {
    close() { clearInterval(timer); },
    ref() { timer.ref(); },
    unref() { timer.unref(); },
  };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
  }
  options = getOptions(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  filename = getValidatedPath(filename);
  // Where the OS has no recursive watcher (not macOS or Windows), Node's own recursive
  // watcher checks these two options.
  if (options.recursive && process.platform !== 'darwin' && process.platform !== 'win32') {
    validateBoolean(options.recursive, 'options.recursive');
    if (options.persistent != null) validateBoolean(options.persistent, 'options.persistent');
  }
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const listener = () => watcher.close();
      options.signal.addEventListener('abort', listener, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', listener));
    }
  }
  return watcher;
}

// watchPromise: fs/promises watch, an async iterator of { eventType, filename }. As Node's
// (an async generator there), nothing is checked or started until the first next(): its
// argument errors reject that call, in Node's order.
function watchPromise(filename, options = {}) {
  let signal;
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  let watcher = null;
  let started = false;
  const finish = () => {
    if (done) return;
    done = true;
    if (watcher) watcher.close();
    while (waiting.length) {
      const w = waiting.shift();
      if (failure) w.reject(failure);
      else w.resolve({ value: undefined, done: true });
    }
  };
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal?.reason });
    finish();
  };
  const start = () => {
    validateObject(options, 'options');
    if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
    filename = getValidatedPath(filename);
    const { persistent = true, recursive = false, encoding = 'utf8' } = options;
    validateBoolean(persistent, 'options.persistent');
    validateBoolean(recursive, 'options.recursive');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    if (encoding && !Buffer.isEncoding(encoding)) {
      // Node passes these two the other way round: "The argument 'bad' is invalid encoding.
      // Received 'encoding'".
      throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
    }
    signal = options.signal;
    if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
    watcher = new FSWatcher();
    watcher[kFSWatchStart](filename, persistent, recursive, encoding);
    watcher.on('change', (eventType, name) => {
      const event = { __proto__: null, eventType, filename: name };
      if (waiting.length) waiting.shift().resolve({ value: event, done: false });
      else queue.push(event);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  };
  const iterator = {
    next() {
      if (!started) {
        started = true;
        try {
          start();
        } catch (err) {
          done = true;
          return Promise.reject(err);
        }
      }
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) {
        if (failure) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      started = true;
      signal?.removeEventListener('abort', onAbort);
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

// watchFile / unwatchFile ----------------------------------------------------------------------

const statWatchers = new Map();

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
    this._persistent = true;
    this._polling = false;
    this._reportMissing = false;
  }

  start(filename, persistent, interval) {
    if (this._timer !== null) return;
    this._persistent = persistent;
    this._filename = filename;
    this._prev = this._statNow();
    // As uv_fs_poll: a file missing at the start is reported once, with both stats zeroed.
    this._reportMissing = this._prev === null;
    this._timer = setInterval(() => this._poll(), interval);
    if (!persistent) this._timer.unref();
  }

  _statNow() {
    try {
      return binding.stat(this._filename, this._bigint, true) ?? null;
    } catch {
      return null;
    }
  }

  _poll() {
    if (this._polling) return;
    this._polling = true;
    binding.stat(this._filename, this._bigint, true, (err, values) => {
      this._polling = false;
      if (this._timer === null) return;
      const cur = err ? null : (values ?? null);
      if (cur === null && this._reportMissing) {
        this._reportMissing = false;
        this.emit('change', toStats(null, this._bigint), toStats(null, this._bigint));
        return;
      }
      this._reportMissing = false;
      if (!changed(this._prev, cur)) return;
      const prev = this._prev;
      this._prev = cur;
      this.emit('change', toStats(cur, this._bigint), toStats(prev, this._bigint));
    });
  }

  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._timer?.ref();
    return this;
  }

  unref() {
    this._timer?.unref();
    return this;
  }
}

// changed compares what uv_fs_poll compares: ctime, mtime, size, mode, uid, gid, ino, dev.
const compared = ['ctimeMs', 'mtimeMs', 'size', 'mode', 'uid', 'gid', 'ino', 'dev'];
function changed(a, b) {
  if (a === null || b === null) return a !== b;
  for (const key of compared) {
    if (a[key] !== b[key]) return true;
  }
  return false;
}

function toStats(values, bigint) {
  if (values === null) return getStatsFromBinding(bigint ? new BigInt64Array(18) : new Float64Array(18));
  return values;
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(String(filename));
  let stat;
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(String(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromise, watchFile, unwatchFile };
