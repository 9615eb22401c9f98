'use strict';

// process.stdin, process.stdout and process.stderr: created on first access, by what the fd
// is, as in Node — a terminal gets a tty stream (synchronous writes), a file a SyncWriteStream
// (stdout/stderr) or an fs.ReadStream (stdin), a pipe or socket a net.Socket over a Pipe
// handle (writes go out at once and queue only when the pipe is full). When the embedder gave
// gonode a writer that is not a file, stdout/stderr write to it synchronously.

const host = internalBinding('host');
const { guessHandleType } = internalBinding('stream_wrap');

// stdioType is [kind, the OS fd] for stdio fd n; kind 'EMBED' when it is not a file.
function stdioType(fd) {
  const real = host.stdioFd(fd);
  if (real < 0) return ['EMBED', fd];
  return [guessHandleType(real), real];
}

function createWritableStdioStream(fd) {
  let stream;
  const [type, real] = stdioType(fd);
  switch (type) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(real);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(real, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'EMBED': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false, [SyncWriteStream.kWrite]: host.writeSync });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd: real, readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // Nothing usable behind the fd: a black hole, as Node gives non-console Windows programs.
      const { Writable } = require('stream');
      stream = new Writable({
        write(buf, enc, cb) {
          cb();
        },
      });
    }
  }
  stream.fd = fd; // the legacy API
  stream._isStdio = true;
  return stream;
}

// dummyDestroy replaces stdout's and stderr's _destroy: the fd is never closed and the
// stream is made usable again (as in Node 20), but 'close' is still emitted so that
// finished() and pipeline() work.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

// The stdout and stderr streams made so far, for flushStdio.
const writers = [];

// flushStdio writes out what stdout and stderr over pipes still hold — the handle's queue,
// then the stream's own buffer — before process.exit() ends the process. (Node drops it.)
function flushStdio() {
  for (const stream of writers) {
    const handle = stream._handle;
    if (!handle || typeof handle.flushSync !== 'function') continue;
    handle.flushSync();
    const buffered = stream.writableBuffer;
    if (!buffered) continue;
    // The handle now waits for the reader, and gives up (an error) when it takes nothing.
    for (const { chunk, encoding } of buffered) {
      const data = typeof chunk === 'string' ? require('buffer').Buffer.from(chunk, encoding) : chunk;
      if (handle.writeBuffer(null, data) !== 0) break;
    }
  }
}

function makeStdioWriter(process, fd) {
  let stream;
  return function get() {
    if (stream) return stream;
    host.prewarmStdio(); // the stream classes compile on another core meanwhile
    stream = createWritableStdioStream(fd);
    writers.push(stream);
    stream.destroySoon = stream.destroy;
    stream._destroy = dummyDestroy;
    if (stream.isTTY) {
      const s = stream;
      process.on('SIGWINCH', () => s._refreshSize());
    }
    return stream;
  };
}

// embedderStdinFs is the fs implementation fs.ReadStream uses for an embedder's stdin reader
// that is not a file: host.readStdin reads it on the worker pool.
const embedderStdinFs = {
  open(path, flags, mode, cb) { cb(null, 0); },
  close(fd, cb) { cb(null); },
  read(fd, buffer, offset, length, position, cb) {
    host.readStdin(fd, length, (nread, ab) => {
      if (nread < 0) {
        const { ErrnoException } = require('internal/errors');
        cb(new ErrnoException(nread, 'read'));
        return;
      }
      if (nread > 0) buffer.set(new Uint8Array(ab, 0, nread), offset);
      cb(null, nread, buffer);
    });
  },
};

function createStdin(fd) {
  const [type, real] = stdioType(fd);
  switch (type) {
    case 'TTY': {
      const tty = require('tty');
      return new tty.ReadStream(real, { highWaterMark: 0, readable: true, writable: false });
    }
    case 'FILE': {
      const fs = require('fs');
      return new fs.ReadStream(null, { fd: real, autoClose: false });
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      const stdin = new net.Socket({ fd: real, readable: true, writable: false, manualStart: true });
      stdin._writableState.ended = true; // stdin cannot be end()ed
      return stdin;
    }
    case 'EMBED': {
      // The embedder's reader, read on the worker pool like a file.
      const fs = require('fs');
      return new fs.ReadStream(null, { fd, autoClose: false, fs: embedderStdinFs });
    }
    default: {
      // Nothing to read.
      const { Readable } = require('stream');
      const stdin = new Readable({ read() {} });
      stdin.push(null);
      return stdin;
    }
  }
}

function makeStdinGetter() {
  let stdin;
  return function get() {
    if (stdin) return stdin;
    const fd = 0;
    stdin = createStdin(fd);
    stdin.fd = fd;
    // stdin starts paused: make the handle agree, so it keeps nothing alive until read from.
    if (stdin._handle && stdin._handle.readStop) {
      stdin._handle.reading = false;
      stdin._readableState.reading = false;
      stdin._handle.readStop();
    }
    // After pause() the stream stops reading a tick later, so that the process can end.
    stdin.on('pause', () => {
      process.nextTick(onpause);
    });
    function onpause() {
      if (!stdin._handle) return;
      if (stdin._handle.reading && !stdin.readableFlowing) {
        stdin._readableState.reading = false;
        stdin._handle.reading = false;
        stdin._handle.readStop();
      }
    }
    return stdin;
  };
}

// stdioGetters returns the getters of process.stdout, stdin and stderr
// (internal/process/per_thread defines the properties), made once.
let getters;
function stdioGetters(process) {
  getters ??= {
    stdout: makeStdioWriter(process, 1),
    stdin: makeStdinGetter(),
    stderr: makeStdioWriter(process, 2),
  };
  return getters;
}

module.exports = { stdioGetters, flushStdio };
