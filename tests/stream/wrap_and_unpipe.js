'use strict';
// Readable.wrap of an old-style emitter (data, end, error), and one source piped to a fast and a
// slow writable: the slow one holds the source paused until it is unpiped.
const { Readable, Writable, PassThrough } = require('stream');
const EE = require('events');
const log = (...a) => console.log(...a);
// wrap an old-style stream
{
  const old = new EE();
  old.pause = () => log('old pause'); old.resume = () => log('old resume');
  const r = new Readable({ highWaterMark: 2, objectMode: true }).wrap(old);
  r.on('data', (d) => log('wrapped data', d));
  r.on('end', () => log('wrapped end'));
  r.on('close', () => log('wrapped close'));
  old.emit('data', 'a'); old.emit('data', 'b'); old.emit('data', 'c');
  old.emit('end');
}
// wrap with error and destroy
{
  const old = new EE(); old.destroy = (e) => log('old destroy', e && e.message);
  const r = new Readable().wrap(old);
  r.on('error', (e) => log('wrap error', e.message));
  old.emit('error', new Error('olderr'));
}
// pipe to two with a slow one
{
  const src = new Readable({ read() {}, highWaterMark: 4 });
  const slowCbs = [];
  const fast = new Writable({ highWaterMark: 1, write(c, e, cb) { log('fast', String(c)); cb(); } });
  const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { log('slow', String(c)); slowCbs.push(cb); } });
  src.pipe(fast); src.pipe(slow);
  src.push('1'); src.push('2'); src.push('3');
  setImmediate(() => {
    log('paused?', src.isPaused(), src.readableFlowing, src.readableLength);
    src.unpipe(slow); log('after unpipe flowing', src.readableFlowing);
    slowCbs.forEach((cb) => cb());
    src.push('4'); src.push(null);
    src.on('end', () => log('src end'));
  });
  slow.on('unpipe', (s) => log('slow unpipe', s === src));
  fast.on('finish', () => log('fast finish'));
}
