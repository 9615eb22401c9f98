'use strict';

// string_decoder — StringDecoder turns a series of buffers into strings
// without splitting multi-byte characters: UTF-8 sequences, UTF-16 code units
// and surrogate pairs, and base64's three-byte groups are held back until the
// next write completes them (bindings/buffer/stringdecoder.go). The decoder's
// state is a 7-byte Buffer, as in Node, and lastChar, lastNeed and lastTotal
// read it.

const { Buffer } = require('buffer');
const binding = internalBinding('buffer');
const {
  kIncompleteCharactersStart,
  kIncompleteCharactersEnd,
  kMissingBytes,
  kBufferedBytes,
  kEncodingField,
  kSize,
  decodeChunk,
  flushDecoder,
} = binding;
const { encodingsMap, u8 } = require('internal/buffer');
const { normalizeEncoding: _normalizeEncoding, kIsEncodingSymbol } = require('internal/buffer_util');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;

const isEncoding = Buffer[kIsEncodingSymbol];
const kNativeDecoder = Symbol('kNativeDecoder');
const TypedArrayPrototypeSubarray = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).subarray);

// An encoding Node knows, or one that a replaced Buffer.isEncoding accepts.
function normalizeEncoding(enc) {
  const nenc = _normalizeEncoding(enc);
  if (nenc === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) throw new ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return nenc;
}

function StringDecoder(encoding) {
  // Called without new: V8's words for the assignment below.
  if (this === undefined) throw new TypeError("Cannot set properties of undefined (setting 'encoding')");
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

// write(buf) → the string for the complete characters so far.
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(this[kNativeDecoder], u8(buf));
};

// end([buf]) → what write(buf) returns plus whatever incomplete character
// remains, decoded as it is; the decoder can be used again afterwards.
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flushDecoder(this[kNativeDecoder]);
  return ret;
};

// Undocumented legacy: decode buf from offset, forgetting any buffered bytes.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return TypedArrayPrototypeSubarray(this[kNativeDecoder], kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

exports.StringDecoder = StringDecoder;
