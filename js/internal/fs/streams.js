'use strict';

// internal/fs/streams — fs.ReadStream and fs.WriteStream: a stream.Readable / stream.Writable
// over a descriptor (opened in _construct, so 'open' and 'ready' come first), reading or writing
// at a position when `start` is given, closing the descriptor on destroy when autoClose.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean } = require('internal/validators');
const { copyObject, getOptions, getValidatedFd, getValidatedPath } = require('internal/fs/utils');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

function isFileHandle(fd) {
  const { FileHandle } = require('internal/fs/promises');
  return fd instanceof FileHandle;
}

// importFd sets stream.fd (and the FileHandle, when given one); returns the fd or null.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return getValidatedFd(options.fd);
  }
  if (options.fd != null) {
    if (typeof options.fd !== 'object' || !isFileHandle(options.fd)) {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
    }
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const fd = getValidatedFd(options.fd.fd); // -1 once the FileHandle is closed
    stream[kHandle] = options.fd;
    stream[kFs] = lazyFs();
    options.fd.on('close', () => stream.destroy());
    return fd;
  }
  stream[kFs] = options.fs || lazyFs();
  return null;
}

function checkFsMethods(fsImpl, names) {
  for (const name of names) validateFunction(fsImpl[name], `options.fs.${name}`);
}

function validateRange(start, end) {
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end === undefined) end = Infinity;
  else if (end !== Infinity) validateInteger(end, 'end', 0);
  if (start !== undefined && start > end) {
    throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, start);
  }
  return end;
}

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      cb(err);
      return;
    }
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null) {
    cb(err);
  } else if (stream[kHandle]) {
    stream[kHandle].close().then(() => cb(err), cb);
    stream.fd = null;
  } else {
    stream[kFs].close(stream.fd, (er) => cb(er || err));
    stream.fd = null;
  }
}

// What ReadStream and WriteStream share, installed on both prototypes below.

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  openStream(this, callback);
}

function destroy(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIsPerformingIO, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

function open() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
}

const pendingDescriptor = {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
};

// ReadStream ----------------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;

  this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = getValidatedPath(path);
  } else {
    this.path = undefined;
  }
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  if (options.fs) checkFsMethods(this[kFs], ['open', 'read', 'close']);
  this.start = options.start;
  this.end = validateRange(this.start, options.end);
  this.pos = this.start;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

Object.defineProperty(ReadStream.prototype, 'pending', pendingDescriptor);
ReadStream.prototype.open = open;
ReadStream.prototype._construct = construct;
ReadStream.prototype._destroy = destroy;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      require('internal/streams/destroy').errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        // Keep only what was read; a small read would waste most of a big buffer.
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// WriteStream ---------------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = getValidatedPath(path);
  } else {
    this.path = undefined;
  }
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush == null ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  if (options.fs) {
    checkFsMethods(this[kFs], ['open', 'close']);
    if (typeof this[kFs].write !== 'function' && typeof this[kFs].writev !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
    }
    if (this.flush) validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }
  if (typeof this[kFs].write !== 'function') this._write = null;
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

Object.defineProperty(WriteStream.prototype, 'pending', pendingDescriptor);
WriteStream.prototype.open = open;
WriteStream.prototype._construct = construct;
WriteStream.prototype._destroy = destroy;

// afterWrite: the end of a write or writev; a destroy waiting on it may now close the fd.
function afterWrite(stream, er, bytes, cb) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    cb(er);
    stream.emit(kIsPerformingIO, er);
    return;
  }
  if (er) {
    cb(er);
    return;
  }
  stream.bytesWritten += bytes;
  cb();
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => afterWrite(this, er, bytes, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => afterWrite(this, er, bytes, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush) {
    cb();
    return;
  }
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // An unset autoClose means the stream closes when finished.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
