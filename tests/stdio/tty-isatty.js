'use strict';
// tty.isatty and the tty stream constructors when nothing is a terminal (stdio are pipes or
// /dev/null here): argument checks and ERR_TTY_INIT_FAILED.
const tty = require('tty');
for (const fd of [0, 1, 2, -1, 'x', '1', 1.5, 2 ** 31, 99, null, undefined, NaN]) {
  console.log('isatty', String(fd), tty.isatty(fd));
}
function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok', s.constructor.name, s.isTTY, s.columns, s.rows, s.isRaw);
    return s;
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) console.log('  info', JSON.stringify(e.info), e.errno, e.syscall);
  }
}
attempt('WriteStream(0)', () => new tty.WriteStream(0));
attempt('WriteStream(99)', () => new tty.WriteStream(99));
attempt('WriteStream(-1)', () => new tty.WriteStream(-1));
attempt('WriteStream(1.5)', () => new tty.WriteStream(1.5));
attempt('WriteStream("1")', () => new tty.WriteStream('1'));
attempt('ReadStream(0)', () => new tty.ReadStream(0));
attempt('ReadStream(-2)', () => tty.ReadStream(-2));
// A pipe is accepted by uv_tty_init, though it has no window size.
const ws = attempt('WriteStream(1)', () => new tty.WriteStream(1));
console.log('getWindowSize', JSON.stringify(ws.getWindowSize()));
console.log('proto', Object.getPrototypeOf(tty.WriteStream.prototype) === require('net').Socket.prototype,
  Object.getPrototypeOf(tty.ReadStream.prototype) === require('net').Socket.prototype);
console.log(typeof tty.WriteStream.prototype.cursorTo, typeof tty.WriteStream.prototype.clearLine,
  typeof tty.WriteStream.prototype.moveCursor, typeof tty.WriteStream.prototype.clearScreenDown,
  typeof tty.ReadStream.prototype.setRawMode);
// The cursor functions write control sequences to whatever stream they are called on.
const written = [];
const fake = { write(data, cb) { written.push(JSON.stringify(data)); if (cb) process.nextTick(cb); return true; } };
console.log(tty.WriteStream.prototype.cursorTo.call(fake, 3, 4), tty.WriteStream.prototype.cursorTo.call(fake, 7),
  tty.WriteStream.prototype.moveCursor.call(fake, -1, 2), tty.WriteStream.prototype.clearLine.call(fake, -1),
  tty.WriteStream.prototype.clearLine.call(fake, 0), tty.WriteStream.prototype.clearScreenDown.call(fake));
console.log(written.join(' '));
