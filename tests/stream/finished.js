'use strict';
// finished / eos: callbacks for end, finish, errors and premature close; the readable,
// writable and error options; cleanup; signal; already finished streams; stream/promises.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const fp = require('stream/promises').finished;
const EventEmitter = require('events');

const step = () => new Promise((r) => setImmediate(r));
const show = (name) => (err) => console.log(name, err ? `${err.code || err.name} ${err.message}` : 'ok');

(async () => {
  {
    const r = new Readable({ read() {} });
    finished(r, show('readable end'));
    r.push('a');
    r.push(null);
    r.resume();
  }
  await step();
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, show('writable finish'));
    w.end('x');
  }
  await step();
  {
    const r = new Readable({ read() {} });
    finished(r, show('premature close'));
    r.destroy();
  }
  await step();
  {
    const r = new Readable({ read() {} });
    finished(r, show('error'));
    r.destroy(new Error('failure'));
  }
  await step();
  {
    // Only the writable side of a duplex.
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    finished(d, { readable: false }, show('duplex writable side'));
    finished(d, show('duplex both sides'));
    d.end();
    setImmediate(() => {
      d.push(null);
      d.resume();
    });
  }
  await step();
  await step();
  {
    const r = new Readable({ read() {} });
    r.on('error', () => {});
    finished(r, { error: false }, show('error: false'));
    r.destroy(new Error('ignored by eos?'));
  }
  await step();
  {
    const r = new Readable({ read() {} });
    const cleanup = finished(r, show('cleaned up (never printed)'));
    cleanup();
    r.destroy();
    console.log('cleanup is a function', typeof cleanup);
  }
  await step();
  {
    const r = new Readable({ read() {} });
    r.push(null);
    r.resume();
    await step();
    console.log('already ended', r.readableEnded, r.destroyed);
    finished(r, show('already finished stream'));
  }
  await step();
  {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    finished(r, { signal: ac.signal }, (err) => console.log('signal', err.name, err.code, err.cause === ac.signal.reason));
    ac.abort();
  }
  await step();
  {
    const w = new PassThrough();
    fp(w).then(() => console.log('promise finished ok'));
    w.end('x');
    w.resume();
    const r = new Readable({ read() {} });
    fp(r).catch((e) => console.log('promise rejected', e.code));
    r.destroy();
    const r2 = new Readable({ read() {} });
    fp(r2, { cleanup: true }).then(() => console.log('cleanup: true resolved; listeners', r2.listenerCount('end'), r2.listenerCount('close')));
    r2.push(null);
    r2.resume();
  }
  await step();
  await step();
  {
    // Legacy emitters.
    const legacy = new EventEmitter();
    legacy.pipe = () => {};
    legacy.readable = true;
    finished(legacy, show('legacy end'));
    legacy.emit('end');
    const legacyW = new EventEmitter();
    legacyW.write = () => {};
    legacyW.writable = true;
    finished(legacyW, show('legacy writable close'));
    legacyW.writable = false;
    legacyW.emit('close');
  }
  await step();
  for (const bad of [[{}, () => {}], [new PassThrough(), 5], [new PassThrough(), 'x', () => {}]]) {
    try {
      finished(...bad);
    } catch (e) {
      console.log('bad args', e.code, e.message);
    }
  }
  {
    // A stream closed without 'end' after all data was read is premature; one that emitted
    // end before close is not.
    const r = new Readable({ read() {}, emitClose: true, autoDestroy: false });
    finished(r, show('autoDestroy false, end then destroy'));
    r.push(null);
    r.resume();
    r.on('end', () => r.destroy());
  }
  await step();
})();
