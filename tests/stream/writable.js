'use strict';
// Writable: write() return value and 'drain', callbacks order, cork/uncork and _writev
// batching, _final, end(chunk), decodeStrings, defaultEncoding, properties and errors.
const { Writable } = require('stream');

let seq = 0;
const log = (...a) => console.log(++seq, ...a);

function step(n) {
  return new Promise((resolve) => setImmediate(resolve)).then(() => console.log(`-- ${n}`));
}

function trace(name, w) {
  for (const ev of ['drain', 'finish', 'prefinish', 'close', 'error']) {
    w.on(ev, (e) => log(name, ev, e ? `${e.code} ${e.message}` : ''));
  }
}

(async () => {
  {
    // Synchronous _write: callbacks a tick later, drain once the buffer is empty.
    const w = new Writable({
      highWaterMark: 5,
      write(chunk, enc, cb) {
        log('w1 _write', String(chunk), enc);
        cb();
      },
    });
    trace('w1', w);
    log('w1 write a', w.write('abc', () => log('w1 cb a')));
    log('w1 write b', w.write('defgh', () => log('w1 cb b')), w.writableLength, w.writableNeedDrain);
    log('w1 write c', w.write('i', () => log('w1 cb c')));
    w.end(() => log('w1 end cb'));
    log('w1 ended', w.writableEnded, w.writableFinished, w.writable);
  }
  await step(1);

  {
    // Asynchronous _write: the rest is buffered, drained one at a time.
    const w = new Writable({
      highWaterMark: 3,
      write(chunk, enc, cb) {
        log('w2 _write', String(chunk), 'length', this.writableLength);
        setImmediate(cb);
      },
    });
    trace('w2', w);
    for (const s of ['a', 'bb', 'ccc']) log('w2 write', s, w.write(s, () => log('w2 cb', s)));
    log('w2 buffered', w.writableBuffer.length, w.writableLength);
    w.once('drain', () => {
      log('w2 after drain', w.writableNeedDrain);
      w.end('z', () => log('w2 end cb'));
    });
  }
  await step(2);
  await step(2.1);
  await step(2.2);
  await step(2.3);
  await step(2.4);

  {
    // cork/uncork and _writev.
    const w = new Writable({
      write(chunk, enc, cb) {
        log('w3 _write', String(chunk));
        cb();
      },
      writev(chunks, cb) {
        log('w3 _writev', chunks.map((c) => `${c.chunk}/${c.encoding}`).join(' '), chunks.allBuffers);
        cb();
      },
      decodeStrings: false,
    });
    trace('w3', w);
    w.cork();
    w.cork();
    w.write('a');
    w.write(Buffer.from('b'));
    w.write('c', 'latin1', () => log('w3 cb c'));
    log('w3 corked', w.writableCorked);
    w.uncork();
    log('w3 corked', w.writableCorked);
    process.nextTick(() => {
      w.uncork();
      w.write('d');
      w.end();
    });
  }
  await step(3);

  {
    // _final runs before 'prefinish'/'finish'; end(chunk, cb).
    const w = new Writable({
      write(chunk, enc, cb) {
        log('w4 _write', String(chunk));
        cb();
      },
      final(cb) {
        log('w4 _final');
        setImmediate(() => {
          log('w4 _final done');
          cb();
        });
      },
    });
    trace('w4', w);
    w.end('last', 'utf8', () => log('w4 end cb'));
    w.end(() => log('w4 second end cb'));
  }
  await step(4);
  await step(4.1);

  {
    // Errors: write after end, null, wrong type, unknown encoding, destroyed.
    const w = new Writable({ write(c, e, cb) { cb(); } });
    trace('w5', w);
    w.end();
    w.write('x', (err) => log('w5 write cb', err.code, err.message));
    try { w.write(null); } catch (e) { log('w5 null', e.code, e.name, e.message); }
    try { w.write(1); } catch (e) { log('w5 number', e.code, e.name, e.message); }
    try { w.write('a', 'nope'); } catch (e) { log('w5 enc', e.code, e.message); }
    try { w.setDefaultEncoding('bad'); } catch (e) { log('w5 default enc', e.code, e.message); }
  }
  await step(5);

  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    trace('w6', w);
    w.destroy();
    w.write('x', (err) => log('w6 write cb', err.code, err.message));
    w.end((err) => log('w6 end cb', err && err.code));
  }
  await step(6);

  {
    // Calling the write callback twice.
    const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
    trace('w7', w);
    w.write('x');
  }
  await step(7);

  {
    // An error from _write.
    const w = new Writable({
      write(c, e, cb) {
        cb(new Error('bad write'));
      },
    });
    trace('w8', w);
    w.write('x', (err) => log('w8 cb', err.message));
    w.write('y', (err) => log('w8 cb2', err && err.message));
    log('w8 errored', w.errored && w.errored.message, w.writable);
  }
  await step(8);

  {
    // decodeStrings, defaultEncoding, objectMode.
    const w = new Writable({
      defaultEncoding: 'hex',
      write(c, e, cb) {
        log('w9', Buffer.isBuffer(c) ? `buf ${c.toString('utf8')}` : c, e);
        cb();
      },
    });
    w.write('414243');
    w.write('hi', 'utf8');
    w.setDefaultEncoding('BASE64');
    w.write('aGk=');
    const w2 = new Writable({ decodeStrings: false, write(c, e, cb) { log('w9b', typeof c, c, e); cb(); } });
    w2.write('abc', 'latin1');
    const w3 = new Writable({ objectMode: true, write(c, e, cb) { log('w9c', typeof c, e); cb(); } });
    w3.write(5);
    w3.write({});
    log('w9 props', w.writableHighWaterMark, w3.writableHighWaterMark, w3.writableObjectMode,
      w.writableObjectMode);
    try {
      new Writable({ defaultEncoding: 'nope' });
    } catch (e) {
      log('w9 ctor', e.code, e.message);
    }
  }
  await step(9);

  {
    // Writable without _write.
    const w = new Writable();
    w.on('error', (e) => log('w10 error', e.code, e.message));
    try {
      w.write('x');
    } catch (e) {
      log('w10 thrown', e.code, e.message);
    }
    log('w10 instanceof', w instanceof Writable, new (require('stream').Duplex)() instanceof Writable,
      {} instanceof Writable);
  }
  await step(10);
})();
