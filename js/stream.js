'use strict';

// stream — Node's streams. As in Node, the module is the legacy Stream constructor, which
// carries the classes and helpers (require('stream').Stream === require('stream')).

const { Buffer } = require('buffer');
const { isArrayBufferView, isUint8Array } = require('internal/buffer_util');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const utils = require('internal/streams/utils');
const operators = require('internal/streams/operators');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const compose = require('internal/streams/compose');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const { addAbortSignal } = require('internal/streams/add-abort-signal');

const Stream = require('internal/streams/legacy').Stream;
module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');

// The operators become Readable methods: the stream-returning ones wrap their result in
// Readable.from, the others return a promise.
function defineOperator(name, op, returnsStream) {
  const fn = returnsStream ?
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Stream.Readable.from(Reflect.apply(op, this, args));
    } :
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    };
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, name, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.streamReturningOperators)) {
  defineOperator(key, operators.streamReturningOperators[key], true);
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  defineOperator(key, operators.promiseReturningOperators[key], false);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

// stream.promises is loaded on first use.
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) give the promise versions.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const name of ['pipeline', 'finished']) {
  Object.defineProperty(Stream[name], kCustomPromisify, {
    __proto__: null,
    enumerable: true,
    get() {
      return require('stream/promises')[name];
    },
  });
}

// Backwards-compat with node 0.4.x.
Stream.Stream = Stream;

Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
