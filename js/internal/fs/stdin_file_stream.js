'use strict';

// internal/fs/stdin_file_stream — process.stdin when it is a file (or /dev/null): a Readable
// that reads the fd on the worker pool, shaped like the fs.ReadStream Node uses there
// ({ fd, autoClose: false }: 'end' but no 'close', the fd stays open). gonode's fs issue
// replaces it with fs.ReadStream.

const Readable = require('internal/streams/readable');
const { FastBuffer } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const { read } = internalBinding('stream_wrap');

function ReadStream(fd, read_) {
  Readable.call(this, { highWaterMark: 64 * 1024, autoDestroy: false, emitClose: true });
  this.fd = fd;
  this.path = undefined;
  this.flags = 'r';
  this.mode = 0o666;
  this.start = undefined;
  this.end = Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this.autoClose = false;
  this._readFn = read_ || read;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._read = function _read(n) {
  this._readFn(this.fd, Math.max(n, 16 * 1024), (nread, ab) => {
    if (nread < 0) {
      this.destroy(new ErrnoException(nread, 'read'));
    } else if (nread === 0) {
      this.push(null);
    } else {
      this.bytesRead += nread;
      this.push(new FastBuffer(ab, 0, nread));
    }
  });
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

module.exports = ReadStream;
