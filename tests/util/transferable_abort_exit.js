'use strict';
// Transferred signals when nothing else keeps the process alive: a signal transferred several
// times, a clone transferred again, a listed signal the message does not hold, a reason that
// cannot be cloned, and a signal next to a transferred ArrayBuffer.
const util = require('util');
const ac = util.transferableAbortController();
const a = structuredClone(ac.signal, { transfer: [ac.signal] });
const b = structuredClone(ac.signal, { transfer: [ac.signal] });
const c = structuredClone(a, { transfer: [a] });
for (const [n, s] of [['a', a], ['b', b], ['c', c]]) s.addEventListener('abort', () => console.log(n, 'aborted', s.reason));
console.log(util.inspect(c), c.aborted);
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.message));
const ac2 = util.transferableAbortController();
const d = structuredClone(ac2.signal, { transfer: [ac2.signal] });
d.onabort = () => console.log('d aborted', d.reason);
setTimeout(() => {
  ac.abort({ why: 't' });
  ac2.abort(() => {});
  console.log('aborted both');
}, 1);
// the clone listed but not in the message
const ac3 = util.transferableAbortController();
console.log(structuredClone(1, { transfer: [ac3.signal] }));
ac3.abort('r3');
// A plain object with a transferable inside + an ArrayBuffer
const ac4 = util.transferableAbortController();
const ab = new ArrayBuffer(4);
const o = structuredClone({ s: ac4.signal, ab }, { transfer: [ac4.signal, ab] });
console.log(ab.byteLength, o.ab.byteLength, o.s.aborted);
