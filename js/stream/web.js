'use strict';

// stream/web — a stub until gonode has WHATWG streams: the classes exist, constructing any of
// them throws ERR_NOT_IMPLEMENTED.

const { cls, define, fn } = require('internal/stub');

module.exports = define('stream.web', {
  ReadableStream: cls(null, { from: fn }),
  ReadableStreamDefaultReader: cls(),
  ReadableStreamBYOBReader: cls(),
  ReadableStreamBYOBRequest: cls(),
  ReadableByteStreamController: cls(),
  ReadableStreamDefaultController: cls(),
  TransformStream: cls(),
  TransformStreamDefaultController: cls(),
  WritableStream: cls(),
  WritableStreamDefaultWriter: cls(),
  WritableStreamDefaultController: cls(),
  ByteLengthQueuingStrategy: cls(),
  CountQueuingStrategy: cls(),
  TextEncoderStream: cls(),
  TextDecoderStream: cls(),
  CompressionStream: cls(),
  DecompressionStream: cls(),
});
