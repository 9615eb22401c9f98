'use strict';

// internal/webstreams/compression — CompressionStream and DecompressionStream. They need zlib,
// which gonode does not have yet: the classes exist with Node's shape, a bad format is refused
// as Node refuses it, and constructing one with a valid format throws ERR_NOT_IMPLEMENTED until
// the zlib issue lands.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

function validateFormat(format) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw new ERR_INVALID_ARG_VALUE('format', format);
  }
}
const { kEnumerableProperty } = require('internal/webstreams/util');

function unavailable(name) {
  throw new ERR_INVALID_THIS(name);
}

class CompressionStream {
  constructor(format) {
    validateFormat(format);
    throw new ERR_NOT_IMPLEMENTED('CompressionStream');
  }

  get readable() { return unavailable('CompressionStream'); }

  get writable() { return unavailable('CompressionStream'); }
}

class DecompressionStream {
  constructor(format) {
    validateFormat(format);
    throw new ERR_NOT_IMPLEMENTED('DecompressionStream');
  }

  get readable() { return unavailable('DecompressionStream'); }

  get writable() { return unavailable('DecompressionStream'); }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(C.prototype, {
    readable: kEnumerableProperty,
    writable: kEnumerableProperty,
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: C.name },
  });
}

module.exports = {
  CompressionStream,
  DecompressionStream,
};
