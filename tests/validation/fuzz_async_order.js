'use strict';
// Differential fuzz of asynchronous ordering: events.once/on (with signals and close), once on
// an EventTarget, util.aborted, promisify, callbackify and microtasks, raced against emits,
// aborts and dispatches made synchronously, in nextTicks, microtasks and immediates: the
// number of log lines and a hash (FNV-1a) of them.
const { EventEmitter, once, on } = require('events');
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const log = (...a) => out.push(a.join(' '));
async function scenario(id) {
  const e = new EventEmitter();
  const et = new EventTarget();
  const ac = new AbortController();
  const tasks = [];
  for (let k = 0; k < 4; k++) {
    const kind = rnd(7);
    const tag = `${id}.${k}`;
    if (kind === 0) tasks.push(once(e, pick(['a', 'b']), pick([undefined, { signal: ac.signal }])).then((v) => log(tag, 'once', JSON.stringify(v)), (err) => log(tag, 'once err', err.name, err.code)));
    else if (kind === 1) tasks.push(once(et, 'a').then((v) => log(tag, 'et once', v[0].type), (err) => log(tag, 'et err', err.name)));
    else if (kind === 2) {
      const it = on(e, 'a', pick([undefined, { signal: ac.signal }, { close: ['b'] }]));
      tasks.push(it.next().then((r) => { log(tag, 'on next', JSON.stringify(r)); return it.next(); }).then((r) => log(tag, 'on next2', JSON.stringify(r)), (err) => log(tag, 'on err', err.name, err.code)).then(() => it.return()));
    } else if (kind === 3) tasks.push(util.aborted(ac.signal, {}).then(() => log(tag, 'aborted')));
    else if (kind === 4) tasks.push(util.promisify((x, cb) => (rnd(2) ? process.nextTick(cb, null, x) : cb(new Error('pe'))))(tag).then((v) => log(tag, 'promisified', v), (err) => log(tag, 'promisify err', err.message)));
    else if (kind === 5) util.callbackify(async (x) => { if (rnd(2)) throw null; return x; })(tag, (err, v) => log(tag, 'cbified', err && err.code, v));
    else tasks.push(new Promise((r) => queueMicrotask(() => { log(tag, 'microtask'); r(); })));
  }
  e.on('error', () => log(id, 'error listener'));
  const actions = rnd(5) + 1;
  for (let a = 0; a < actions; a++) {
    const act = rnd(6);
    const fire = () => {
      if (act === 0) e.emit('a', a, 'x');
      else if (act === 1) e.emit('b', a);
      else if (act === 2) ac.abort(pick([undefined, 'why']));
      else if (act === 3) e.emit('error', new Error('ee'));
      else if (act === 4) et.dispatchEvent(new Event('a'));
      else e.emit('a');
      log(id, 'action', act);
    };
    const when = rnd(4);
    if (when === 0) fire();
    else if (when === 1) process.nextTick(fire);
    else if (when === 2) queueMicrotask(fire);
    else setImmediate(fire);
  }
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  log(id, 'done');
}
(async () => {
  for (let i = 0; i < 150; i++) await scenario(i);
  let hash = 0x811c9dc5;
  for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
  console.log(out.length, hash.toString(16));
})();
