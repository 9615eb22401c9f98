'use strict';

// stream — a stub until gonode has streams: the classes exist (so `class X extends Readable`
// and `util.inherits(X, Stream)` work at load time) but constructing one, or calling any of
// the functions, throws ERR_NOT_IMPLEMENTED.
//
// As in Node, the module is the legacy Stream constructor, which carries everything else.

const EventEmitter = require('events');
const { cls, define, fns, stubClass } = require('internal/stub');

const Stream = stubClass('stream.Stream', 'Stream', EventEmitter);
const Readable = stubClass('stream.Readable', 'Readable', Stream, {
  ReadableState: cls(),
  ...fns('_fromList from fromWeb toWeb wrap'),
});
const Writable = stubClass('stream.Writable', 'Writable', Stream, {
  WritableState: cls(),
  ...fns('fromWeb toWeb'),
});
const Duplex = stubClass('stream.Duplex', 'Duplex', Readable, fns('fromWeb toWeb from'));
const Transform = stubClass('stream.Transform', 'Transform', Duplex);
const PassThrough = stubClass('stream.PassThrough', 'PassThrough', Transform);

define('stream', {
  ...fns('isDestroyed isDisturbed isErrored isReadable isWritable'),
  Readable,
  Writable,
  Duplex,
  Transform,
  PassThrough,
  ...fns('duplexPair pipeline addAbortSignal finished destroy compose'),
  ...fns('setDefaultHighWaterMark getDefaultHighWaterMark'),
  promises: null, // replaced by a getter below
  Stream,
  ...fns('_isArrayBufferView _isUint8Array _uint8ArrayToBuffer'),
}, Stream);

// stream/promises is loaded on first use, as in Node.
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  get() { return require('stream/promises'); },
  enumerable: true,
  configurable: true,
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) give the promise versions.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const name of ['pipeline', 'finished']) {
  Object.defineProperty(Stream[name], kCustomPromisify, {
    __proto__: null,
    get() { return require('stream/promises')[name]; },
    enumerable: true,
    configurable: false,
  });
}

module.exports = Stream;
