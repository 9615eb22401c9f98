'use strict';

// internal/stream_base_commons — the glue between a JavaScript stream and a
// Go stream handle (bindings/streamwrap): write requests and their completion,
// and the onread callback that pushes what the handle read into the stream.
//
// Handle protocol: handle.writeBuffer/writeUtf8String/writev(req, data) write at
// once what the fd takes and return 0, or a negative errno. What must wait is
// queued with a request — req, or with req null a new object that is returned —
// whose async is then true, and which completes through
// req.oncomplete(status, handle). handle.onread(nread, ab) gets nread > 0 with
// an ArrayBuffer, or a negative errno (UV_EOF at the end).

const { WriteWrap } = internalBinding('stream_wrap');
const { FastBuffer } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const { Buffer } = require('buffer');

const { UV_EOF } = internalBinding('uv');

const kHandle = Symbol('kHandle');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const owner_symbol = Symbol('owner_symbol');

// createWriteWrap makes a request up front, Node's way (a handle given one uses it when it
// must queue); gonode's own writes pass null instead and get a request only when needed.
function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// onWriteComplete runs as req.oncomplete for a write that had to wait.
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (!stream || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

// A write the handle finished at once (or that failed at once) needs no request object; its
// result is this shared one.
const kSyncWrite = Object.freeze({ async: false, bytes: 0 });

// dispatchWrite hands data to the handle with no request: the result is 0 (all written),
// a negative errno, or the request object the handle made for what it had to queue.
function dispatchWrite(handle, data, encoding) {
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(null, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(null, data);
    default:
      return handle.writeBuffer(null, Buffer.from(data, encoding));
  }
}

// afterWriteDispatched finishes a write: a synchronous one calls back at once (the Writable
// defers the user's callback itself); a queued one completes through onWriteComplete.
function afterWriteDispatched(handle, ret, data, cb) {
  if (typeof ret === 'number') {
    if (ret !== 0) cb(new ErrnoException(ret, 'write'));
    else cb();
    return kSyncWrite;
  }
  const req = ret;
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.buffer = data; // keep the memory alive until written
  req.callback = cb;
  return req;
}

function writeGeneric(self, data, encoding, cb) {
  const handle = self[kHandle];
  return afterWriteDispatched(handle, dispatchWrite(handle, data, encoding), data, cb);
}

// writevGeneric writes a Writable's buffered entries with one writev; strings that are not
// UTF-8 become Buffers here, UTF-8 ones are encoded by the handle.
function writevGeneric(self, data, cb) {
  const handle = self[kHandle];
  const chunks = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const { chunk, encoding } = data[i];
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunks[i] = Buffer.from(chunk, encoding);
    } else {
      chunks[i] = chunk;
    }
  }
  return afterWriteDispatched(handle, handle.writev(null, chunks), chunks, cb);
}

// onStreamRead is handle.onread: `this` is the handle.
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = this[owner_symbol];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    const result = stream.push(new FastBuffer(arrayBuffer, 0, nread));
    if (!result) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  // End of stream: 'end' first, then whatever kMaybeDestroy does ('close').
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    stream.read(0);
  }
}

module.exports = {
  createWriteWrap,
  writevGeneric,
  writeGeneric,
  onStreamRead,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kBuffer,
  kBufferCb,
  kBufferGen,
  owner_symbol,
  UV_EOF,
};
