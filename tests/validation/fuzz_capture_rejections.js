'use strict';
// Differential fuzz of captureRejections: async listeners, rejected promises and thenables,
// with and without an 'error' listener, errorMonitor and a Symbol.for('nodejs.rejection')
// handler; unhandled rejections and uncaught exceptions are logged: the number of log lines
// and a hash (FNV-1a) of them.
const { EventEmitter, errorMonitor, captureRejectionSymbol } = require('events');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const log = (...a) => out.push(a.join(' '));
process.on('unhandledRejection', (r) => log('unhandledRejection', r instanceof Error ? r.message : String(r)));
process.on('uncaughtException', (e) => log('uncaught', e.message));
async function scenario(id) {
  const e = new EventEmitter({ captureRejections: !!rnd(2) });
  if (rnd(2)) e.on('error', (err) => log(id, 'error listener', err.message));
  if (rnd(3) === 0) e.on(errorMonitor, (err) => log(id, 'monitor', err.message));
  if (rnd(3) === 0) e[captureRejectionSymbol] = (err, ev, ...args) => log(id, 'rejection handler', err.message, ev, args.length);
  for (let k = 0; k < 3; k++) {
    const kind = rnd(4);
    if (kind === 0) e.on('x', async (v) => { throw new Error(`async ${id}.${k}`); });
    else if (kind === 1) e.on('x', () => Promise.reject(new Error(`rej ${id}.${k}`)));
    else if (kind === 2) e.on('x', () => { log(id, 'sync listener', k); });
    else e.on('x', () => ({ then(res, rej) { rej(new Error(`thenable ${id}.${k}`)); } }));
  }
  try { log(id, 'emit', e.emit('x', 1)); } catch (err) { log(id, 'emit threw', err.message); }
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
}
(async () => {
  for (let i = 0; i < 120; i++) await scenario(i);
  let hash = 0x811c9dc5;
  for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
  console.log(out.length, hash.toString(16));
})();
