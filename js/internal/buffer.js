'use strict';

// internal/buffer — FastBuffer (the class every Buffer really is), the numeric
// read/write methods of Buffer.prototype, and the per-encoding slice/write
// methods (buf.utf8Slice, buf.hexWrite, …) over internalBinding('buffer').
//
// The read and write methods index the buffer directly: `buf[offset]` is
// undefined outside the buffer and for non-integer offsets, which is how they
// detect every bad offset with one comparison, as Node's do.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const MathFloor = Math.floor;
const ArrayBufferIsView = ArrayBuffer.isView;

// Node's encoding numbers, shared with bindings/buffer (codec.go).
const encodingsMap = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

class FastBuffer extends Uint8Array {
  // An explicit constructor: the default one would spread its arguments
  // through the (user-mutable) array iterator.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Errors that Node raises from C++: a plain error with a code property.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// u8(view) is a Uint8Array over the bytes of any ArrayBufferView (what the Go
// side reads).
function u8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function stringTooLong() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
                     `Cannot create a string longer than 0x${binding.kStringMaxLength.toString(16)} characters`);
}

// The errors behind the Go side's error codes (bindings/buffer/buffer.go).
const kErrNotBuffer = -1;
function codeError(code) {
  switch (code) {
    case kErrNotBuffer: return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
    case -2: return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    case -3: return stringTooLong();
    case -4: return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    default: return new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  }
}

// slice(buf, enc, start, end) and write(buf, string, offset, length, enc):
// buf.<enc>Slice / buf.<enc>Write for any ArrayBufferView (Go reads typed
// arrays; a DataView is viewed as a Uint8Array first).
function slice(buf, enc, start, end) {
  let r = binding.sliceThis(buf, enc, start, end, false);
  if (r === kErrNotBuffer && ArrayBufferIsView(buf)) r = binding.sliceThis(u8(buf), enc, start, end, false);
  if (typeof r === 'string') return r;
  throw codeError(r);
}

function write(buf, string, offset, length, enc) {
  let r = binding.writeThis(buf, string, offset, length, enc, false);
  if (r === kErrNotBuffer && ArrayBufferIsView(buf)) r = binding.writeThis(u8(buf), string, offset, length, enc, false);
  if (r >= 0) return r;
  throw codeError(r);
}

function makeSlice(name, enc) {
  return {
    [name](start, end) {
      return slice(this, enc, start, end);
    },
  }[name];
}

function makeWrite(name, enc) {
  return {
    [name](string, offset, length) {
      return write(this, string, offset, length, enc);
    },
  }[name];
}

// ---------------------------------------------------------------------------
// Bounds and range errors of the numeric methods

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// checkBounds: bytes offset..offset+last must exist (the first and last byte
// decide whether the whole range is inside).
function checkBounds(buf, offset, last) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// checkInt: value within [min, max] (the message names the range the way
// Node does, in powers of two beyond 32 bits), then the bounds.
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    const bits = (last + 1) * 8;
    let range;
    if (last > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// ---------------------------------------------------------------------------
// Reads

function readUnsignedLE(buf, offset, size) {
  checkBounds(buf, offset, size - 1);
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    val += buf[offset + i] * mul;
    mul *= 256;
  }
  return val;
}

function readUnsignedBE(buf, offset, size) {
  checkBounds(buf, offset, size - 1);
  let val = 0;
  for (let i = 0; i < size; i++) val = val * 256 + buf[offset + i];
  return val;
}

const kSignBit = [0, 2 ** 7, 2 ** 15, 2 ** 23, 2 ** 31, 2 ** 39, 2 ** 47];
const kRange = [0, 2 ** 8, 2 ** 16, 2 ** 24, 2 ** 32, 2 ** 40, 2 ** 48];

function toSigned(val, size) {
  return val >= kSignBit[size] ? val - kRange[size] : val;
}

// The common widths are spelled out: function calls are what costs in the
// engine.
function readUInt8(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readInt8(offset = 0) {
  const val = readUInt8.call(this, offset);
  return val >= 0x80 ? val - 0x100 : val;
}

function readInt16LE(offset = 0) {
  const val = readUInt16LE.call(this, offset);
  return val >= 0x8000 ? val - 0x10000 : val;
}

function readInt16BE(offset = 0) {
  const val = readUInt16BE.call(this, offset);
  return val >= 0x8000 ? val - 0x10000 : val;
}

function readInt32LE(offset = 0) {
  return readUInt32LE.call(this, offset) | 0;
}

function readInt32BE(offset = 0) {
  return readUInt32BE.call(this, offset) | 0;
}

// Variable width (1 to 6 bytes): offset has no default here.
function checkByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 &&
      byteLength !== 4 && byteLength !== 5 && byteLength !== 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readUnsignedLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return readUnsignedBE(this, offset, byteLength);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return toSigned(readUnsignedLE(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  return toSigned(readUnsignedBE(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkBounds(this, offset, 7);
  const low = this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + this[offset + 3] * 2 ** 24;
  const high = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 + this[offset + 7] * 2 ** 24;
  return BigInt(low) + (BigInt(high) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkBounds(this, offset, 7);
  const high = this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + this[offset + 3];
  const low = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 + this[offset + 7];
  return (BigInt(high) << 32n) + BigInt(low);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Floats go through shared scratch arrays in the platform's byte order.
const float32Array = new Float32Array(1);
const float32Bytes = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const float64Bytes = new Uint8Array(float64Array.buffer);
float32Array[0] = -1; // 0xBF800000
const bigEndian = float32Bytes[3] === 0;

function readFloat(buf, offset, scratch, result, size, littleEndian) {
  checkBounds(buf, offset, size - 1);
  const flip = littleEndian === bigEndian;
  for (let i = 0; i < size; i++) scratch[flip ? size - 1 - i : i] = buf[offset + i];
  return result[0];
}

function readFloatLE(offset = 0) { return readFloat(this, offset, float32Bytes, float32Array, 4, true); }
function readFloatBE(offset = 0) { return readFloat(this, offset, float32Bytes, float32Array, 4, false); }
function readDoubleLE(offset = 0) { return readFloat(this, offset, float64Bytes, float64Array, 8, true); }
function readDoubleBE(offset = 0) { return readFloat(this, offset, float64Bytes, float64Array, 8, false); }

// ---------------------------------------------------------------------------
// Writes

// The bytes of an integer value, least significant first: the low 32 bits by
// unsigned shifts, the rest from the value divided by 2 ** 32 (so negative
// and fractional values wrap the way Node's do).
function integerBytes(value, size, out) {
  let lo = value;
  const n = size < 4 ? size : 4;
  for (let i = 0; i < n; i++) {
    out[i] = lo;
    lo = lo >>> 8;
  }
  if (size > 4) {
    let hi = MathFloor(value * 2 ** -32);
    for (let i = 4; i < size; i++) {
      out[i] = hi;
      hi = hi >>> 8;
    }
  }
}

const scratch = new Uint8Array(8);
const scratchHigh = new Uint8Array(4);

function writeInteger(buf, value, offset, size, min, max, littleEndian) {
  value = +value;
  if (size === 1) {
    if (typeof offset !== 'number') validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  if (value > max || value < min || typeof offset !== 'number' ||
      buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    checkInt(value, min, max, buf, offset, size - 1); // throws the error that applies
  }
  if (size <= 4) {
    let v = value;
    for (let i = 0; i < size; i++) {
      buf[littleEndian ? offset + i : offset + size - 1 - i] = v;
      v = v >>> 8;
    }
    return offset + size;
  }
  integerBytes(value, size, scratch);
  for (let i = 0; i < size; i++) buf[offset + (littleEndian ? i : size - 1 - i)] = scratch[i];
  return offset + size;
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const kSignedMin = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const kSignedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeUInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, 0, 0xff, true); }
function writeUInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, 0, 0xffff, false); }
function writeUInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, 0, 0xffffffff, false); }
function writeInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, -0x80, 0x7f, true); }
function writeInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, false); }
function writeInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}

function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeInteger(this, value, offset, byteLength, 0, kUnsignedMax[byteLength], true);
}
function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeInteger(this, value, offset, byteLength, 0, kUnsignedMax[byteLength], false);
}
function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeInteger(this, value, offset, byteLength, kSignedMin[byteLength], kSignedMax[byteLength], true);
}
function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  return writeInteger(this, value, offset, byteLength, kSignedMin[byteLength], kSignedMax[byteLength], false);
}

// V8's message when a BigInt meets another type in arithmetic.
function bigIntBits(value, mask, shift) {
  if (typeof value !== 'bigint' && typeof value !== 'object') {
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  return Number((value >> shift) & mask);
}

function writeBigInteger(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = bigIntBits(value, 0xffffffffn, 0n);
  const hi = bigIntBits(value, 0xffffffffn, 32n);
  integerBytes(lo, 4, scratch);
  integerBytes(hi, 4, scratchHigh);
  for (let i = 0; i < 4; i++) {
    buf[offset + (littleEndian ? i : 7 - i)] = scratch[i];
    buf[offset + (littleEndian ? 4 + i : 3 - i)] = scratchHigh[i];
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBigInteger(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigInteger(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigInteger(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigInteger(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

function writeFloat(buf, val, offset, bytes, array, size, littleEndian) {
  val = +val;
  if (typeof offset !== 'number' || buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    checkBounds(buf, offset, size - 1);
  }
  if (val !== val && size === 8) {
    // The engine's NaN (Go's math.NaN()) has a payload bit; V8 writes the
    // canonical quiet NaN, 0x7FF8000000000000.
    for (let i = 0; i < 8; i++) buf[offset + i] = 0;
    buf[offset + (littleEndian ? 7 : 0)] = 0x7f;
    buf[offset + (littleEndian ? 6 : 1)] = 0xf8;
    return offset + 8;
  }
  array[0] = val;
  const flip = littleEndian === bigEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[flip ? size - 1 - i : i];
  return offset + size;
}

function writeFloatLE(val, offset = 0) { return writeFloat(this, val, offset, float32Bytes, float32Array, 4, true); }
function writeFloatBE(val, offset = 0) { return writeFloat(this, val, offset, float32Bytes, float32Array, 4, false); }
function writeDoubleLE(val, offset = 0) { return writeFloat(this, val, offset, float64Bytes, float64Array, 8, true); }
function writeDoubleBE(val, offset = 0) { return writeFloat(this, val, offset, float64Bytes, float64Array, 8, false); }

// ---------------------------------------------------------------------------

// The methods in Node's order (Object.getOwnPropertyNames(Buffer.prototype)
// lists them this way).
function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
    asciiSlice: makeSlice('asciiSlice', encodingsMap.ascii),
    base64Slice: makeSlice('base64Slice', encodingsMap.base64),
    base64urlSlice: makeSlice('base64urlSlice', encodingsMap.base64url),
    latin1Slice: makeSlice('latin1Slice', encodingsMap.latin1),
    hexSlice: makeSlice('hexSlice', encodingsMap.hex),
    ucs2Slice: makeSlice('ucs2Slice', encodingsMap.utf16le),
    utf8Slice: makeSlice('utf8Slice', encodingsMap.utf8),
    asciiWrite: makeWrite('asciiWrite', encodingsMap.ascii),
    base64Write: makeWrite('base64Write', encodingsMap.base64),
    base64urlWrite: makeWrite('base64urlWrite', encodingsMap.base64url),
    latin1Write: makeWrite('latin1Write', encodingsMap.latin1),
    hexWrite: makeWrite('hexWrite', encodingsMap.hex),
    ucs2Write: makeWrite('ucs2Write', encodingsMap.utf16le),
    utf8Write: makeWrite('utf8Write', encodingsMap.utf8),
  };
  for (const name of Object.keys(methods)) proto[name] = methods[name];
}

// Buffers too small for the pool's pages get their own memory; all memory is
// zeroed in gonode (Node's "unsafe" buffers may hold old data).
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// Node marks the pool untransferable for worker postMessage; nothing to do
// until workers exist.
function markAsUntransferable(obj) {}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  markAsUntransferable,
  encodingsMap,
  nativeError,
  slice,
  stringTooLong,
  write,
  u8,
  readUInt16BE,
  readUInt32BE,
};
