'use strict';
// The legacy Stream class: require('stream') is Stream, old-style inheritance with
// util.inherits and Stream.call, and Stream.prototype.pipe between old-style streams
// (pause on a false write, resume on 'drain', end/close handling, errors, options.end).
const stream = require('stream');
const util = require('util');
const EventEmitter = require('events');

console.log('Stream === module', stream.Stream === stream, typeof stream, stream.name);
console.log('prototype chain', Object.getPrototypeOf(stream.prototype) === EventEmitter.prototype,
  new stream() instanceof EventEmitter, stream.Readable.prototype instanceof stream);
console.log('exports', Object.keys(stream).join(' '));
console.log('_isUint8Array', stream._isUint8Array(new Uint8Array(1)), stream._isUint8Array(Buffer.alloc(1)),
  stream._isUint8Array([]), stream._isArrayBufferView(new DataView(new ArrayBuffer(1))));
const b = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
console.log('_uint8ArrayToBuffer', Buffer.isBuffer(b), b.toString());
console.log('old names', require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough, require('stream/promises') === stream.promises);
console.log('promisify', util.promisify(stream.pipeline) === stream.promises.pipeline,
  util.promisify(stream.finished) === stream.promises.finished);
console.log('hwm defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
console.log('after set', stream.getDefaultHighWaterMark(false), new stream.Readable().readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
try {
  stream.setDefaultHighWaterMark(true, -1);
} catch (e) {
  console.log('set negative', e.code);
}

function OldSource() {
  stream.Stream.call(this);
  this.readable = true;
}
util.inherits(OldSource, stream.Stream);
OldSource.prototype.pause = function() { console.log('source pause'); this.paused = true; };
OldSource.prototype.resume = function() { console.log('source resume'); this.paused = false; };

function OldDest() {
  stream.call(this);
  this.writable = true;
  this.n = 0;
}
util.inherits(OldDest, stream);
OldDest.prototype.write = function(c) {
  console.log('dest write', c);
  return ++this.n % 2 === 1;
};
OldDest.prototype.end = function() { console.log('dest end'); };
OldDest.prototype.destroy = function() { console.log('dest destroy'); };

const src = new OldSource();
const dst = new OldDest();
dst.on('pipe', (s) => console.log('pipe event', s === src));
console.log('pipe returns dest', src.pipe(dst) === dst);
src.emit('data', 'a');
src.emit('data', 'b');
dst.emit('drain');
src.emit('end');
src.emit('data', 'after end, listeners removed');

const src2 = new OldSource();
const dst2 = new OldDest();
src2.pipe(dst2);
src2.emit('close');

const src3 = new OldSource();
const dst3 = new OldDest();
src3.pipe(dst3, { end: false });
src3.emit('end');
console.log('end:false listeners', src3.listenerCount('data'));

const src4 = new OldSource();
const dst4 = new OldDest();
src4.pipe(dst4);
src4.on('error', (e) => console.log('src4 error listener', e.message));
src4.emit('error', new Error('handled'));
const src5 = new OldSource();
src5.pipe(new OldDest());
try {
  src5.emit('error', new Error('unhandled'));
} catch (e) {
  console.log('rethrown', e.message);
}

// A Readable piped into an old-style writable.
const r = new stream.Readable({ read() {} });
const old = new OldDest();
r.pipe(old);
r.push('x');
r.push('y');
r.push(null);
r.on('end', () => console.log('readable end'));

console.log('eventNames', new stream.Readable().eventNames(), new stream.PassThrough().eventNames());
