'use strict';

// internal/encoding — the WHATWG TextEncoder and TextDecoder, shaped like
// Node v20's (built with full ICU): every WHATWG label resolves (those ICU
// cannot decode — replacement, x-user-defined, iso-8859-16 — are "not
// supported"), utf-8 and windows-1252 (latin1) have fast paths for whole
// inputs, and every other case goes through a streaming converter in Go
// (bindings/buffer/encoding.go).
//
// Node quirks kept on purpose: the latin1 fast path decodes bytes 0x80–0x9F
// as the C1 controls, while the streaming converter (used once a decoder has
// seen { stream: true }) maps them as windows-1252 does; the fast paths do
// not look at their options argument; each path words its error for a
// non-buffer input its own way.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { getConstructorOf } = require('internal/util');
const {
  validateString,
  validateObject,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/buffer_util');
const { nativeError } = require('internal/buffer');

const kHandle = Symbol('handle');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kDecoder = Symbol('decoder');
const kEncoder = Symbol('encoder');
const kFatal = Symbol('kFatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const kIgnoreBOM = Symbol('kIgnoreBOM');

const CONVERTER_FLAGS_FLUSH = 0x1;
const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const empty = new Uint8Array(0);
const encodeIntoResults = new Uint32Array(binding.encodeIntoResults);

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

// Labels are matched as they are, then lowercased and trimmed of ASCII
// whitespace (String#trim would also remove other spaces).
function trimAsciiWhitespace(label) {
  let s = 0;
  let e = label.length;
  const ws = (c) => c === '\u0009' || c === '\u000a' || c === '\u000c' || c === '\u000d' || c === '\u0020';
  while (s < e && ws(label[s])) s++;
  while (e > s && ws(label[e - 1])) e--;
  return label.slice(s, e);
}

const labelCache = new Map();
function getEncodingFromLabel(label) {
  const key = trimAsciiWhitespace(label.toLowerCase());
  let enc = labelCache.get(key);
  if (enc === undefined && !labelCache.has(key)) {
    enc = binding.encodingName(key);
    labelCache.set(key, enc);
  }
  return enc;
}

// The bytes an ArrayBuffer or ArrayBufferView input holds, as a Uint8Array;
// undefined for anything else.
function inputBytes(input) {
  if (isUint8Array(input)) return input;
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return undefined;
}

function invalidInput(message) {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

function invalidData(encoding) {
  return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                     `The encoded data was not valid for encoding ${encoding}`);
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return new Uint8Array(binding.encodeUtf8String(`${input}`));
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeInto(src, dest);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [customInspectSymbol](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return require('internal/util/inspect').inspect(obj, opts);
  }
}

const kEnumerableProperty = { __proto__: null, enumerable: true };

Object.defineProperties(TextEncoder.prototype, {
  encode: kEnumerableProperty,
  encodeInto: kEnumerableProperty,
  encoding: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

class TextDecoder {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);

    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);

    let flags = 0;
    if (options !== null) {
      flags |= options.fatal ? CONVERTER_FLAGS_FATAL : 0;
      flags |= options.ignoreBOM ? CONVERTER_FLAGS_IGNORE_BOM : 0;
    }

    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kFatal] = Boolean(options?.fatal);
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = undefined;
    if (!this[kUTF8FastPath] && !this[kLatin1FastPath]) this.#prepareConverter();
  }

  #prepareConverter() {
    if (this[kHandle] !== undefined) return;
    const handle = binding.getConverter(this[kEncoding], this[kFlags]);
    if (handle === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(this[kEncoding]);
    this[kHandle] = handle;
  }

  decode(input = empty, options = kEmptyObject) {
    validateDecoder(this);

    // A decoder that has streamed once keeps using its converter.
    this[kUTF8FastPath] &&= !(options?.stream);
    this[kLatin1FastPath] &&= !(options?.stream);

    if (this[kUTF8FastPath]) {
      const bytes = inputBytes(input);
      if (bytes === undefined) {
        throw invalidInput('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
      }
      const result = binding.decodeUTF8(bytes, this[kIgnoreBOM], this[kFatal]);
      if (result === undefined) throw invalidData('utf-8');
      return result;
    }

    if (this[kLatin1FastPath]) {
      const bytes = inputBytes(input);
      if (bytes === undefined) {
        throw invalidInput('The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
      }
      // Node v20's fast path drops a leading 0xFF byte when ignoreBOM is set (as if it were a
      // byte order mark); the streaming path does not.
      if (this[kIgnoreBOM] && bytes.length > 0 && bytes[0] === 0xFF) {
        return binding.decodeLatin1(bytes.subarray(1));
      }
      return binding.decodeLatin1(bytes);
    }

    this.#prepareConverter();
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);

    let flags = 0;
    if (options !== null) flags |= options.stream ? 0 : CONVERTER_FLAGS_FLUSH;

    const bytes = inputBytes(input);
    if (bytes === undefined) {
      throw invalidInput('The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    const result = binding.decode(this[kHandle], bytes, flags);
    if (result === undefined) throw invalidData(this.encoding);
    return result;
  }
}

// Shared accessors, defined on null-prototype descriptors.
const sharedProperties = Object.getOwnPropertyDescriptors({
  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  },

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL;
  },

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM;
  },

  [customInspectSymbol](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    const { inspect } = require('internal/util/inspect');
    return `${constructor.name} ${inspect(obj)}`;
  },
});
for (const key of Reflect.ownKeys(sharedProperties)) Object.setPrototypeOf(sharedProperties[key], null);
sharedProperties[customInspectSymbol].enumerable = false;

Object.defineProperties(TextDecoder.prototype, {
  decode: kEnumerableProperty,
  ...sharedProperties,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
