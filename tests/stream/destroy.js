'use strict';
// destroy(err) semantics: event order, errored/closed/destroyed, the _destroy hook, callbacks,
// autoDestroy and emitClose options, destroy during construct, the signal option and
// addAbortSignal, stream.destroy for old-style emitters.
const { Readable, Writable, Duplex, addAbortSignal, destroy: destroyStream } = require('stream');
const EventEmitter = require('events');

let seq = 0;
function trace(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => console.log(`${++seq} ${name} ${ev}${e ? ` ${e.code || e.name} ${e.message}` : ''}`));
  }
  return s;
}
const step = () => new Promise((r) => setImmediate(r));
const props = (s) => JSON.stringify({
  destroyed: s.destroyed, closed: s.closed, errored: s.errored && s.errored.message,
  readableAborted: s.readableAborted, writableAborted: s.writableAborted,
  readable: s.readable, writable: s.writable,
});

(async () => {
  {
    const r = trace('r1', new Readable({ read() {} }));
    r.destroy();
    console.log('r1 sync', props(r));
    r.destroy(new Error('second is ignored'), () => console.log(`${++seq} r1 second destroy cb`));
  }
  await step();
  {
    const r = trace('r2', new Readable({ read() {} }));
    r.destroy(new Error('boom'), (err) => console.log(`${++seq} r2 destroy cb ${err && err.message}`));
    console.log('r2 sync', props(r));
  }
  await step();
  {
    const w = trace('w3', new Writable({
      write(c, e, cb) { setImmediate(cb); },
      destroy(err, cb) {
        console.log(`${++seq} w3 _destroy ${err && err.message}`);
        setImmediate(() => cb(new Error('from _destroy')));
      },
    }));
    w.write('a', (err) => console.log(`${++seq} w3 write cb a ${err && err.code}`));
    w.write('b', (err) => console.log(`${++seq} w3 write cb b ${err && err.code}`));
    w.end((err) => console.log(`${++seq} w3 end cb ${err && (err.code || err.message)}`));
    w.destroy();
    console.log('w3 sync', props(w));
  }
  await step();
  await step();
  {
    const r = trace('r4', new Readable({ read() {}, emitClose: false }));
    r.destroy();
    const w = trace('w4', new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false }));
    w.end('x');
    w.on('finish', () => console.log('w4 after finish', props(w)));
  }
  await step();
  {
    // autoDestroy false with an error: 'error' but no 'close'.
    const r = trace('r5', new Readable({
      autoDestroy: false,
      read() { this.destroy; this.emit('x'); },
    }));
    r.push(5);
    console.log('r5', props(r));
  }
  await step();
  {
    // destroy while _construct is pending.
    const d = trace('d6', new Duplex({
      construct(cb) {
        console.log(`${++seq} d6 construct`);
        setImmediate(() => {
          console.log(`${++seq} d6 construct done`);
          cb();
        });
      },
      read() {},
      write(c, e, cb) { cb(); },
      destroy(err, cb) {
        console.log(`${++seq} d6 _destroy ${err && err.message}`);
        cb(err);
      },
    }));
    d.destroy(new Error('early'));
    console.log('d6 sync', props(d));
  }
  await step();
  await step();
  {
    // construct failing.
    const w = trace('w7', new Writable({
      construct(cb) { cb(new Error('construct failed')); },
      write(c, e, cb) { cb(); },
    }));
    w.write('queued', (err) => console.log(`${++seq} w7 write cb ${err && err.message}`));
  }
  await step();
  await step();
  {
    // the signal option and addAbortSignal.
    const ac = new AbortController();
    const r = trace('r8', new Readable({ read() {}, signal: ac.signal }));
    const w = trace('w8', addAbortSignal(ac.signal, new Writable({ write(c, e, cb) { cb(); } })));
    ac.abort();
    console.log('r8 sync', props(r), props(w));
    try {
      addAbortSignal('nope', r);
    } catch (e) {
      console.log('addAbortSignal', e.code, e.message);
    }
    try {
      addAbortSignal(ac.signal, {});
    } catch (e) {
      console.log('addAbortSignal', e.code, e.message);
    }
    const r2 = trace('r8b', new Readable({ read() {}, signal: AbortSignal.abort('why') }));
    console.log('r8b', r2.destroyed, r2.errored && r2.errored.cause);
  }
  await step();
  {
    // stream.destroy on streams and old-style emitters.
    const r = trace('r9', new Readable({ read() {} }));
    destroyStream(r, new Error('via stream.destroy'));
    const old = new EventEmitter();
    old.on('close', () => console.log(`${++seq} old close`));
    old.on('error', (e) => console.log(`${++seq} old error ${e.name}`));
    old.pipe = () => {};
    destroyStream(old);
    const closer = { close() { console.log(`${++seq} close() called`); }, on() {}, write() {} };
    destroyStream(closer);
  }
  await step();
  {
    // Errors emitted while 'error' has no listener are thrown... except by destroy, which
    // still emits close. Here: _destroy throwing.
    const r = trace('r10', new Readable({ read() {}, destroy() { throw new Error('_destroy threw'); } }));
    r.destroy();
  }
  await step();
  {
    const r = new Readable({ read() {} });
    r.on('close', () => console.log(`${++seq} r11 close, errored=${r.errored && r.errored.message}`));
    r.destroy(new Error('no listener'));
    process.once('uncaughtException', (e) => console.log(`${++seq} uncaught ${e.message}`));
  }
  await step();
  {
    // _undestroy makes a destroyed stream usable again.
    const r = new Readable({ read() {} });
    r.destroy();
    await step();
    r._undestroy();
    r.on('data', (c) => console.log(`${++seq} r12 data ${c}`));
    r.push('again');
    console.log('r12', props(r));
  }
  await step();
})();
