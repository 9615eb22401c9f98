'use strict';

// internal/fs/dir — fs.Dir (opendir): entries are read from the binding in batches of
// bufferSize; read/close have callback, promise and sync forms, and the Dir is an async iterator.

const binding = internalBinding('fs');
const { kUsePromises } = binding;
const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32, validateBoolean } = require('internal/validators');
const {
  Dirent,
  encodeName,
  getOptions,
  getValidatedPath,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirRecursiveQueue = Symbol('kDirRecursiveQueue');

// Dirs not closed by the script are closed when the process exits, so an embedding process
// gets the descriptors back.
const openDirs = new Set();
let exitHookInstalled = false;
function trackDir(dir) {
  openDirs.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const d of openDirs) {
        try {
          binding.dirClose(d[kDirHandle]);
        } catch {
          // already gone
        }
      }
      openDirs.clear();
    });
  }
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    this[kDirOperationQueue] = null;
    this[kDirOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    this[kDirRecursiveQueue] = [];
    trackDir(this);
  }

  get path() { return this[kDirPath]; }

  // processReadResult queues the entries of one batch as Dirents.
  processReadResult(path, result) {
    const names = result[0];
    const types = result[1];
    for (let i = 0; i < names.length; i++) {
      const dirent = new Dirent(encodeName(names[i], this[kDirOptions].encoding), types[i], path);
      this[kDirBufferedEntries].push(dirent);
      if (this[kDirOptions].recursive && dirent.isDirectory()) {
        this[kDirRecursiveQueue].push(pathModule.join(path, names[i]));
      }
    }
  }

  readSyncRecursive() {
    while (this[kDirBufferedEntries].length === 0 && this[kDirRecursiveQueue].length > 0) {
      const path = this[kDirRecursiveQueue].shift();
      const id = binding.opendir(path);
      try {
        for (;;) {
          const result = binding.dirRead(id, this[kDirOptions].bufferSize);
          if (result === null) break;
          this.processReadResult(path, result);
        }
      } finally {
        binding.dirClose(id);
      }
    }
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.read(callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      const dirent = this[kDirBufferedEntries].shift();
      process.nextTick(callback, null, dirent);
      return;
    }
    this[kDirOperationQueue] = [];
    binding.dirRead(this[kDirHandle], this[kDirOptions].bufferSize, (err, result) => {
      const queue = this[kDirOperationQueue];
      this[kDirOperationQueue] = null;
      if (err) {
        callback(err);
      } else {
        if (result !== null) this.processReadResult(this[kDirPath], result);
        else if (this[kDirOptions].recursive) {
          try {
            this.readSyncRecursive();
          } catch (e) {
            callback(e);
            for (const op of queue) op();
            return;
          }
        }
        callback(null, this[kDirBufferedEntries].shift() ?? null);
      }
      for (const op of queue) op();
    });
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length > 0) return this[kDirBufferedEntries].shift();
    const result = binding.dirRead(this[kDirHandle], this[kDirOptions].bufferSize);
    if (result !== null) this.processReadResult(this[kDirPath], result);
    else if (this[kDirOptions].recursive) this.readSyncRecursive();
    return this[kDirBufferedEntries].shift() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    openDirs.delete(this);
    binding.dirClose(this[kDirHandle], callback);
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    openDirs.delete(this);
    binding.dirClose(this[kDirHandle]);
  }

  // entries() is the async iterator: reads until the end, then closes the Dir.
  entries() {
    const dir = this;
    let finished = false;
    return {
      next() {
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return dir.read().then((dirent) => {
          if (dirent === null) {
            finished = true;
            return dir.close().then(() => ({ value: undefined, done: true }));
          }
          return { value: dirent, done: false };
        }, (err) => {
          finished = true;
          return dir.close().then(() => { throw err; }, () => { throw err; });
        });
      },
      return() {
        if (finished || dir[kDirClosed]) return Promise.resolve({ value: undefined, done: true });
        finished = true;
        return dir.close().then(() => ({ value: undefined, done: true }));
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function checkOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = checkOptions(options);
  binding.opendir(path, (err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(handle, path, options));
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = checkOptions(options);
  return new Dir(binding.opendir(path), path, options);
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = checkOptions(options);
  return new Dir(await binding.opendir(path, kUsePromises), path, options);
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
  opendirPromise,
};
