'use strict';

// buffer — a stub until gonode's Buffer: the limits and constants are Node's (64-bit), Buffer
// is a Uint8Array subclass, and every function, static method and constructor throws
// ERR_NOT_IMPLEMENTED.

const { cls, constants, define, fns } = require('internal/stub');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

const { Blob } = define('buffer', { Blob: cls() });

module.exports = define('buffer', {
  Buffer: cls(Uint8Array, {
    poolSize: 8192,
    ...fns('from copyBytesFrom of alloc allocUnsafe allocUnsafeSlow isBuffer compare isEncoding'),
    ...fns('concat byteLength'),
  }),
  SlowBuffer: cls(Uint8Array),
  ...fns('transcode isUtf8 isAscii'),
  kMaxLength,
  kStringMaxLength,
  ...fns('btoa atob'),
  constants: constants({ MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength }),
  INSPECT_MAX_BYTES: 50,
  Blob,
  ...fns('resolveObjectURL'),
  File: cls(Blob),
});
