'use strict';

// internal/streams/duplexpair — duplexPair(): two Duplexes where what is written to one is
// read from the other.

const Duplex = require('internal/streams/duplex');

const kCallback = Symbol('Callback');
const kOtherSide = Symbol('OtherSide');
const kInitOtherSide = Symbol('InitOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this[kOtherSide] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype[kInitOtherSide] = function(otherSide) {
  if (this[kOtherSide] === null) this[kOtherSide] = otherSide;
};

DuplexSide.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function(chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this[kOtherSide].push(chunk);
    this[kOtherSide][kCallback] = callback;
  }
};

DuplexSide.prototype._final = function(callback) {
  this[kOtherSide].on('end', callback);
  this[kOtherSide].push(null);
};

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}

module.exports = duplexPair;
