'use strict';
// util.aborted(signal, resource): validation, timing, and the value it resolves to.
const util = require('util');

const log = (...args) => console.log(...args);
const ac = new AbortController();
const pending = util.aborted(ac.signal, {});
log('returns a promise:', pending instanceof Promise);
pending.then((v) => log('pending resolved with', v === undefined ? v : v.constructor.name, v && v.type));

const done = new AbortController();
done.abort();
util.aborted(done.signal, {}).then((v) => log('already aborted resolved with', v));
Promise.resolve().then(() => log('tick 1')).then(() => log('tick 2')).then(() => log('tick 3'));

const cases = [
  [undefined, {}],
  [null, {}],
  [{}, {}],
  ['signal', {}],
  [new EventTarget(), {}],
  [done.signal, undefined],
  [done.signal, null],
  [done.signal, 1],
  [done.signal, 'x'],
  [done.signal, () => {}],
  [done.signal, []],
];
for (const [signal, resource] of cases) {
  util.aborted(signal, resource).then(
    (v) => log('ok', v),
    (e) => log(`${e.code}: ${e.message}`),
  );
}
setTimeout(() => {
  log('aborting');
  ac.abort();
  log('aborted sync');
}, 1);

// Listeners added by util.aborted do not stop propagation with the others.
const ac2 = new AbortController();
ac2.signal.addEventListener('abort', (e) => { e.stopImmediatePropagation(); log('first listener stops propagation'); });
util.aborted(ac2.signal, {}).then(() => log('aborted() still resolved'));
ac2.signal.addEventListener('abort', () => log('later listener (not called)'));
setTimeout(() => ac2.abort(), 2);
