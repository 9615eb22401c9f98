'use strict';
// Edge cases: destroy inside a write callback, end(cb) after an error or a second end, finished()'s
// cleanup function, addAbortSignal's argument errors and its abort (pre-aborted and later).
const { Writable, Readable, finished, addAbortSignal, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
// destroy during write cb
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.write('a', (err) => { log('cb1', err && err.code); w.destroy(); });
  w.write('b', (err) => log('cb2', err && err.code));
  w.on('close', () => log('close1'));
  w.on('error', (e) => log('error1', e.code));
}
// end(cb) after error
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => log('err2', e.message));
  w.write('x');
  setTimeout(() => w.end((err) => log('end cb', err && err.code, err && err.message)), 5);
}
// end twice
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.end((err) => log('end2 cb', err && err.code));
  w.write('z', (err) => log('write after end cb', err && err.code));
  w.on('error', (e) => log('err3', e.code));
}
// finished cleanup
{
  const r = new PassThrough();
  const cleanup = finished(r, (err) => log('finished', err));
  log('cleanup type', typeof cleanup);
  cleanup();
  r.resume(); r.end('x');
  r.on('end', () => log('listeners after cleanup', r.listenerCount('end'), r.listenerCount('error'), r.listenerCount('close')));
}
// addAbortSignal
{
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log('abort err', e.name, e.code, e.message, e.cause.name));
  r.on('close', () => log('abort close'));
  ac.abort();
  try { addAbortSignal('x', r); } catch (e) { log(e.code, e.message); }
  try { addAbortSignal(ac.signal, {}); } catch (e) { log(e.code, e.message); }
  const ac2 = new AbortController(); ac2.abort('reason!');
  const r2 = addAbortSignal(ac2.signal, new Readable({ read() {} }));
  r2.on('error', (e) => log('pre-aborted', e.name, e.cause));
}
