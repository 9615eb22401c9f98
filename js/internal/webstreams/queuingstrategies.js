'use strict';

// internal/webstreams/queuingstrategies — ByteLengthQueuingStrategy and CountQueuingStrategy.
// The highWaterMark is converted to a number but checked only when a stream uses it.

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  customInspect, isBrandCheck, kEnumerableProperty, kInspect, kState, kType,
} = require('internal/webstreams/util');

const isByteLengthQueuingStrategy = isBrandCheck('ByteLengthQueuingStrategy');
const isCountQueuingStrategy = isBrandCheck('CountQueuingStrategy');

// The size functions are shared by every instance and are named `size`.
const byteSize = { size: (chunk) => chunk.byteLength }.size;
const countSize = { size: () => 1 }.size;

function readHighWaterMark(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return { highWaterMark: +init.highWaterMark };
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = readHighWaterMark(init);
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ByteLengthQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kState] = readHighWaterMark(init);
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'CountQueuingStrategy', {
      highWaterMark: this.highWaterMark,
    });
  }
}

for (const C of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(C.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: C.name },
  });
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
};
