'use strict';

// net — the stream half of net.Socket (over a handle or an fd: stdio pipes, TTYs through
// tty.ReadStream/WriteStream) and isIP/isIPv4/isIPv6. TCP and IPC connections and servers are
// stubs until gonode's net issue: connect, createServer, Server and Socket#connect throw
// ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
// The stream classes themselves, not all of require('stream') (operators, pipeline...):
// process.stdout is made from this module and start-up pays for what it loads.
const stream = { Duplex: require('internal/streams/duplex') };
const { Buffer } = require('buffer');
const { cls, define, fn, fns, notImplemented } = require('internal/stub');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_SOCKET_CLOSED,
  },
  ErrnoException,
  genericNodeError,
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { getTimerDuration } = require('internal/timers');
const {
  kAfterAsyncWrite,
  kHandle,
  kUpdateTimer,
  kBuffer,
  kBufferCb,
  kBufferGen,
  onStreamRead,
  owner_symbol,
  writeGeneric,
  writevGeneric,
} = require('internal/stream_base_commons');
const { ShutdownWrap, guessHandleType } = internalBinding('stream_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_ENOTCONN } = internalBinding('uv');

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const async_id_symbol = Symbol('async_id_symbol');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');

function noop() {}

// createHandle makes the handle for an fd given to new Socket({ fd }). A TCP fd gets a Pipe
// handle too until gonode has TCP handles: reading and writing it is the same.
function createHandle(fd) {
  const type = guessHandleType(fd);
  if (type === 'PIPE' || type === 'TCP') return new Pipe(PipeConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode,
      'is not supported',
    );
  }

  this.connecting = false;
  this._hadError = false;
  this[async_id_symbol] = -1;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options }; // the legacy form
  else options = { ...options };

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false; // 'close' comes from the handle's close callback
  options.autoDestroy = true;
  options.decodeStrings = false; // strings go to the handle as they are
  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
    this[async_id_symbol] = this._handle.getAsyncId ? this._handle.getAsyncId() : -1;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd);
    const err = this._handle.open(fd);
    if (err) throw new ErrnoException(err, 'open');
    this[async_id_symbol] = this._handle.getAsyncId();
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  // With a handle, start the flow of data now (unless told to wait).
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  this.server = null;
  this._server = null;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  get() { return this[kHandle]; },
  set(v) { this[kHandle] = v; },
  configurable: true,
});

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[owner_symbol] = self;
    self._handle.onread = onStreamRead;
  }
}

// The 'end' listener: without allowHalfOpen a socket cannot write once the peer ended.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// setTimeout(msecs[, callback]): 'timeout' after msecs of inactivity, on an unref'd timer.
Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = globalThis.setTimeout(onTimeout, msecs, this);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

function onTimeout(socket) {
  socket._onTimeout();
}

// _onTimeout emits 'timeout' unless a write made progress since the timer started.
Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;

// Pipes have neither Nagle nor keep-alive: these succeed and do nothing, as in Node.
Socket.prototype.setNoDelay = function setNoDelay(enable) {
  if (this._handle && typeof this._handle.setNoDelay === 'function') {
    this._handle.setNoDelay(enable === undefined ? true : !!enable);
  }
  return this;
};
Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelay) {
  if (this._handle && typeof this._handle.setKeepAlive === 'function') {
    this._handle.setKeepAlive(!!enable, ~~(initialDelay / 1000));
  }
  return this;
};

Socket.prototype.address = function address() { return this._getsockname(); };

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Object.defineProperty(Socket.prototype, kUpdateTimer, { __proto__: null, enumerable: false });

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

Socket.prototype.end = function end(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resume = function resume() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return stream.Duplex.prototype.read.call(this, n);
};

// _final shuts the write side down once everything written has gone out; a pipe cannot
// half-close, and its error is ignored as Node ignores it.
Socket.prototype._final = function _final(cb) {
  if (this.pending) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = this._handle;
  req.callback = cb;
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(new ErrnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    // bytesRead and bytesWritten stay readable after destroy().
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    this._handle.close(() => {
      this.emit('close', isException);
    });
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
};

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  return this._peername || {};
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  return this._sockname || {};
};

for (const [name, key] of [['remoteAddress', 'address'], ['remoteFamily', 'family'], ['remotePort', 'port']]) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this._getpeername()[key]; },
  });
}
for (const [name, key] of [['localAddress', 'address'], ['localPort', 'port'], ['localFamily', 'family']]) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this._getsockname()[key]; },
  });
}

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', function connect() {
      this._writeGeneric(writev, data, encoding, cb);
    });
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Object.defineProperty(Socket.prototype, '_bytesDispatched', {
  __proto__: null,
  get() { return this._handle ? this._handle.bytesWritten : this[kBytesWritten]; },
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return this._handle ? this._handle.bytesRead : this[kBytesRead]; },
});

// bytesWritten counts what went to the handle plus what is still buffered in the stream.
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const writableBuffer = this.writableBuffer;
    if (!writableBuffer) return undefined;
    for (const el of writableBuffer) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (let i = 0; i < data.length; i++) {
        const chunk = data[i];
        if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
        else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
      }
    } else if (data) {
      if (typeof data !== 'string') bytes += data.length;
      else bytes += Buffer.byteLength(data, encoding);
    }
    return bytes;
  },
});

Socket.prototype.connect = function connect() { notImplemented('net.Socket.prototype.connect'); };

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  this.destroy();
  return this;
};

// --- isIP ---

const v4Seg = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const v6Group = /^[0-9a-fA-F]{1,4}$/;
const zoneId = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  input = `${input}`;
  const parts = input.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    if (!v4Seg.test(parts[i])) return false;
  }
  return true;
}

// groupsOf counts the 16-bit groups of one side of '::' (-1 when malformed); an IPv4 tail
// is two groups and allowed only at the very end.
function groupsOf(side, last) {
  if (side === '') return 0;
  const parts = side.split(':');
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    if (v6Group.test(parts[i])) {
      n++;
    } else if (last && i === parts.length - 1 && isIPv4(parts[i])) {
      n += 2;
    } else {
      return -1;
    }
  }
  return n;
}

function isIPv6(input) {
  input = `${input}`;
  const pct = input.indexOf('%');
  if (pct !== -1) {
    if (!zoneId.test(input.slice(pct + 1))) return false;
    input = input.slice(0, pct);
  }
  const dbl = input.indexOf('::');
  if (dbl === -1) return groupsOf(input, true) === 8;
  if (input.indexOf('::', dbl + 1) !== -1) return false;
  const head = groupsOf(input.slice(0, dbl), false);
  const tail = groupsOf(input.slice(dbl + 2), true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = define('net', {
  ...fns('_createServerHandle _normalizeArgs _setSimultaneousAccepts'),
  BlockList: cls(),
  SocketAddress: cls(null, { isSocketAddress: fn }),
  ...fns('connect createConnection createServer'),
  isIP,
  isIPv4,
  isIPv6,
  Server: cls(EventEmitter),
  Socket,
  Stream: Socket, // Node's legacy alias
  ...fns('getDefaultAutoSelectFamily setDefaultAutoSelectFamily'),
  ...fns('getDefaultAutoSelectFamilyAttemptTimeout setDefaultAutoSelectFamilyAttemptTimeout'),
});
