'use strict';

// internal/webstreams/compression — CompressionStream and DecompressionStream. They need zlib,
// which gonode does not have yet: the classes exist with Node's shape, and constructing one
// throws ERR_NOT_IMPLEMENTED until the zlib issue lands.

const {
  codes: { ERR_INVALID_THIS, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/webstreams/util');

function unavailable(name) {
  throw new ERR_INVALID_THIS(name);
}

class CompressionStream {
  constructor(format) { // eslint-disable-line no-unused-vars
    throw new ERR_NOT_IMPLEMENTED('CompressionStream');
  }

  get readable() { return unavailable('CompressionStream'); }

  get writable() { return unavailable('CompressionStream'); }
}

class DecompressionStream {
  constructor(format) { // eslint-disable-line no-unused-vars
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
