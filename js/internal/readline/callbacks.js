'use strict';

// internal/readline/callbacks — readline's cursor functions for a writable stream, each
// writing one control sequence (readline.cursorTo, tty.WriteStream.prototype.cursorTo, ...).
// A null or undefined stream, or nothing to do, writes nothing: the callback then runs on the
// next tick with null and the result is true; otherwise the result is stream.write()'s.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI, moveCursorSequence } = require('internal/readline/utils');

const { kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown } = CSI;

// skip reports that nothing was written: the callback (if any) runs on the next tick.
function skip(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// cursorTo(stream, x[, y][, callback]) moves the cursor to column x (and row y) of the screen.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return skip(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

// moveCursor(stream, dx, dy[, callback]) moves the cursor relative to where it is.
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return skip(callback);
  return stream.write(moveCursorSequence(dx, dy), callback);
}

// clearLine(stream, dir[, callback]) clears left of the cursor (dir < 0), right of it (dir > 0)
// or the whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  const type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

// clearScreenDown(stream[, callback]) clears the screen from the cursor down.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return skip(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
};
