'use strict';

// tty — isatty, and the terminal streams: ReadStream (raw mode) and WriteStream (size,
// 'resize', colors, cursor control), both net.Sockets over a TTY handle (bindings/streamwrap).

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const { codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED }, ErrnoException } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

let readline;
function lazyReadline() {
  if (readline === undefined) readline = require('internal/readline/callbacks');
  return readline;
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function newTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const tty = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return tty;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const tty = newTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
  // While raw, a SIGINT or SIGTERM nobody listens for puts the terminal back before the
  // process dies of it, as Node does; the handle asks here whether someone listens.
  this._handle.onsignal = hasSignalListener;
}

function hasSignalListener(name) {
  return process.listenerCount(name) > 0;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const tty = newTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
  });
  // Terminal output is synchronous, so that it is neither interleaved nor lost at exit.
  this._handle.setBlocking(true);
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (!err) {
    this.columns = winSize[0];
    this.rows = winSize[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// _refreshSize re-reads the window size (on SIGWINCH) and emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (err) {
    this.emit('error', new ErrnoException(err, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = winSize;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return lazyReadline().cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return lazyReadline().moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return lazyReadline().clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return lazyReadline().clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
