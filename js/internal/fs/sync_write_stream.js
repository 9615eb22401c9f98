'use strict';

// internal/fs/sync_write_stream — the Writable behind process.stdout/stderr when they are
// files: every chunk is written to the fd at once, synchronously (stream_wrap.writeSync, or
// the embedder's writer when stdio is not a file).

const Writable = require('internal/streams/writable');
const { writeSync, closeSync } = internalBinding('stream_wrap');

const kWrite = Symbol('kWrite');

function SyncWriteStream(fd, options) {
  Writable.call(this, { autoDestroy: true });
  options = options || {};
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  this[kWrite] = options[kWrite] || writeSync;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
  this[kWrite](this.fd, chunk);
  cb();
};

SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

SyncWriteStream.kWrite = kWrite;
module.exports = SyncWriteStream;
