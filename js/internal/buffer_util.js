'use strict';

// internal/buffer_util — the helpers of Node's internal/util and
// internal/util/types that buffer, string_decoder and the encoding classes
// share: type checks (without loading util.inspect), encoding-name
// normalization and the node_modules check of Buffer()'s deprecation.

const StringPrototypeToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase);
const { getInternalType } = internalBinding('util');

// Brand checks, as util.types makes them: the typed-array tag getter answers
// undefined for anything that is not a typed array; the engine knows what
// is an ArrayBuffer.
const TypedArrayPrototypeGetSymbolToStringTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

function isTypedArray(value) {
  return typeof value === 'object' && value !== null && TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}

function isUint8Array(value) {
  return typeof value === 'object' && value !== null && TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  return typeof value === 'object' && value !== null && getInternalType(value) === 'ArrayBuffer';
}

const isArrayBufferView = ArrayBuffer.isView;

// Buffer.isEncoding's brand, which string_decoder looks for to know whether
// a program replaced Buffer.isEncoding.
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

// The canonical name of each spelling, by the length a spelling must have.
const kSpellings = {
  __proto__: null,
  hex: 'hex',
  utf8: 'utf8',
  ucs2: 'utf16le',
  'utf-8': 'utf8',
  ascii: 'ascii',
  'ucs-2': 'utf16le',
  base64: 'base64',
  latin1: 'latin1',
  binary: 'latin1',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  base64url: 'base64url',
};

// normalizeEncoding(enc): 'utf8', 'utf16le', 'latin1', 'ascii', 'base64',
// 'base64url' or 'hex' for any spelling of them in any case; 'utf8' for null,
// undefined and ''; undefined otherwise. A non-string is looked up by its
// length and its string form, as Node does.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const len = enc.length;
  if (len >= 3 && len <= 9) {
    if (typeof enc === 'string' && kSpellings[enc] !== undefined) return kSpellings[enc];
    const lower = StringPrototypeToLowerCase(enc);
    if (lower.length === len && kSpellings[lower] !== undefined) return kSpellings[lower];
    return undefined;
  }
  if (enc === '') return 'utf8';
  return undefined;
}

// isInsideNodeModules() reports whether the caller's stack passes through a
// node_modules folder.
function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length && i <= 100; i++) {
    const line = lines[i];
    if (line.includes('node:')) continue;
    if (/[/\\]node_modules[/\\]/.test(line)) return true;
  }
  return false;
}

module.exports = {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  kIsEncodingSymbol,
  normalizeEncoding,
  isInsideNodeModules,
};
