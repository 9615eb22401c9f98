'use strict';
// Corner cases: errors on a pipe destination, _construct ordering, writes during construct,
// push after destroy, readable hwm 0, multiple 'readable' listeners, removing 'data' to pause,
// writev callbacks, setEncoding in paused mode, captureRejections, wrap of an old stream.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const EE = require('events');

let seq = 0;
const log = (...a) => console.log(++seq, ...a);
const step = () => new Promise((r) => setImmediate(r));

(async () => {
  {
    // An error on the destination unpipes it; with no other listener it is rethrown there.
    const src = new PassThrough();
    const dst = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
    dst.on('unpipe', () => log('unpipe'));
    dst.on('error', (e) => log('dst error', e.message, 'pipes left', src._readableState.pipes.length));
    src.pipe(dst);
    src.write('x');
  }
  await step();
  {
    // _construct: writes and reads wait for it.
    const d = new Duplex({
      construct(cb) {
        log('construct start');
        setImmediate(() => {
          log('construct done');
          cb();
        });
      },
      read() { log('_read'); this.push('r'); this.push(null); },
      write(c, e, cb) { log('_write', String(c)); cb(); },
      final(cb) { log('_final'); cb(); },
    });
    d.write('early');
    d.end();
    d.on('data', (c) => log('data', String(c)));
    d.on('finish', () => log('finish'));
    d.on('end', () => log('end'));
    d.on('close', () => log('close'));
  }
  await step();
  await step();
  {
    const r = new Readable({ read() {} });
    r.destroy();
    log('push after destroy', r.push('x'), r.readableLength);
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log('write after destroy error event?', e.code));
    w.destroy();
    log('write after destroy returns', w.write('x', (e) => log('write cb', e.code)));
  }
  await step();
  {
    // Two 'readable' listeners, then removing one.
    const r = new Readable({ read() {} });
    const a = () => log('readable a', r.readableLength);
    const b = () => log('readable b', r.readableLength);
    r.on('readable', a);
    r.on('readable', b);
    r.push('1');
    await step();
    r.removeListener('readable', a);
    r.push('2');
    await step();
    log('read', String(r.read()));
  }
  {
    // Removing all 'data' listeners does not pause, pause() does.
    const r = new Readable({ read() {} });
    const f = (c) => log('data', String(c));
    r.on('data', f);
    r.push('p');
    await step();
    r.removeListener('data', f);
    r.push('q');
    await step();
    log('flowing', r.readableFlowing, 'buffered', r.readableLength);
    r.pause();
    log('paused', r.isPaused(), r.readableFlowing);
  }
  {
    // setEncoding in paused mode with read(n) counting characters.
    const r = new Readable({ read() {} });
    r.setEncoding('utf8');
    r.push(Buffer.from('€uro'));
    log('read(2)', JSON.stringify(r.read(2)), 'length', r.readableLength);
    log('read()', JSON.stringify(r.read()));
  }
  {
    // captureRejections on a Writable.
    const w = new Writable({ captureRejections: true, write(c, e, cb) { cb(); } });
    w.on('error', (e) => log('captured', e.message, w.destroyed));
    w.on('finish', async () => { throw new Error('finish listener rejected'); });
    w.end('x');
  }
  await step();
  {
    // Transform: push() after the end errors the next write.
    const t = new Transform({
      transform(c, e, cb) {
        this.push(null);
        cb(null, c);
      },
    });
    t.on('error', (e) => log('transform error', e.code));
    t.on('data', () => {});
    t.write('a');
  }
  await step();
  {
    // Writable with highWaterMark 0: every write asks for a drain.
    const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
    w.on('drain', () => log('hwm0 drain'));
    log('hwm0 write', w.write('a'), w.writableNeedDrain);
  }
  await step();
  {
    // end() while corked writes everything first.
    const w = new Writable({
      writev(chunks, cb) { log('writev', chunks.map((c) => String(c.chunk)).join('')); cb(); },
    });
    w.cork();
    w.write('a');
    w.write('b');
    w.end('c');
    w.on('finish', () => log('corked finish', w.writableCorked));
  }
  await step();
  {
    // An old-style emitter wrapped; its error destroys the wrapper.
    const old = new EE();
    const r = new Readable().wrap(old);
    r.on('error', (e) => log('wrap error', e.message));
    r.on('close', () => log('wrap close'));
    old.emit('error', new Error('old failed'));
  }
  await step();
  {
    // read() in a 'data' listener does not reenter oddly.
    const r = new Readable({ read() {} });
    r.on('data', (c) => log('data', String(c), 'length', r.readableLength));
    r.pause();
    r.push('m');
    r.push('n');
    log('manual read', String(r.read(1)));
    r.resume();
  }
  await step();
})();
