'use strict';

// internal/streams/duplex — stream.Duplex: a Readable that is also a Writable (both states on
// one object). With allowHalfOpen false, the end of the readable side ends the writable side.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { kOnConstructed } = require('internal/streams/utils');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
      this._writableState[kOnConstructed](this);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The Writable methods a Readable lacks, and Writable's destroy (it also fails queued writes).
{
  const keys = Object.keys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
  Duplex.prototype.destroy = Writable.prototype.destroy;
}

function writableDescriptor(name) {
  return { __proto__: null, ...Object.getOwnPropertyDescriptor(Writable.prototype, name) };
}

Object.defineProperties(Duplex.prototype, {
  writable: writableDescriptor('writable'),
  writableHighWaterMark: writableDescriptor('writableHighWaterMark'),
  writableObjectMode: writableDescriptor('writableObjectMode'),
  writableBuffer: writableDescriptor('writableBuffer'),
  writableLength: writableDescriptor('writableLength'),
  writableFinished: writableDescriptor('writableFinished'),
  writableCorked: writableDescriptor('writableCorked'),
  writableEnded: writableDescriptor('writableEnded'),
  writableNeedDrain: writableDescriptor('writableNeedDrain'),
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    enumerable: false,
    configurable: true,
  },
});

function lazyWebStreams() {
  return require('internal/webstreams/adapters');
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

module.exports = Duplex;
