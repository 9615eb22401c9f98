'use strict';

// internal/stream_base_commons — the glue between a JavaScript stream and a
// Go stream handle (bindings/streamwrap): write requests and their completion,
// and the onread callback that pushes what the handle read into the stream.
//
// Handle protocol: handle.writeBuffer/writeUtf8String/writev(req, ...) return
// 0 or a negative errno and set req.async and req.bytes; an async request
// completes through req.oncomplete(status, handle). handle.onread(nread, ab)
// gets nread > 0 with an ArrayBuffer, or a negative errno (UV_EOF at the end).

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

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer': {
      const ret = handle.writeBuffer(req, data);
      if (req.async) req.buffer = data;
      return ret;
    }
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      const ret = handle.writeBuffer(req, buffer);
      if (req.async) req.buffer = buffer;
      return ret;
    }
  }
}

// afterWriteDispatched calls back at once for a write the handle finished
// synchronously (the Writable defers the user's callback itself).
function afterWriteDispatched(req, err, cb) {
  if (err !== 0) return cb(new ErrnoException(err, 'write', req.error));
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// writevGeneric writes a Writable's buffered entries with one writev; strings
// that are not UTF-8 become Buffers here, UTF-8 ones are encoded by the handle.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const chunks = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const { chunk, encoding } = data[i];
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunks[i] = Buffer.from(chunk, encoding);
    } else {
      chunks[i] = chunk;
    }
  }
  const err = req.handle.writev(req, chunks);
  if (err === 0) req._chunks = chunks;
  afterWriteDispatched(req, err, cb);
  return req;
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
