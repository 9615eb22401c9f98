'use strict';
// addEventListener's { signal }: the abort hook is added even for a duplicate listener, removes
// whatever matches (listener, capture) when the signal aborts, and stays on the signal.
const { getEventListeners } = require('events');
const et = new EventTarget();
const ac = new AbortController();
const l = (e) => console.log('called', e.type);
et.addEventListener('x', l);
et.addEventListener('x', l, { signal: ac.signal }); // a duplicate: ignored, but its signal still removes l
ac.abort();
console.log(et.dispatchEvent(new Event('x')));
const ac2 = new AbortController();
et.addEventListener('y', l, { capture: true });
et.addEventListener('y', l, { signal: ac2.signal, capture: false });
ac2.abort();
et.dispatchEvent(new Event('y'));
const ac3 = AbortSignal.abort();
et.addEventListener('z', l, { signal: ac3 });
et.dispatchEvent(new Event('z'));

const et2 = new EventTarget();
const acA = new AbortController();
const l2 = () => {};
et2.addEventListener('x', l2, { signal: acA.signal });
et2.removeEventListener('x', l2);
console.log(getEventListeners(acA.signal, 'abort').length);
et2.addEventListener('x', l2);
acA.abort();
console.log(getEventListeners(et2, 'x').length, getEventListeners(acA.signal, 'abort').length);
const acB = new AbortController();
for (let i = 0; i < 12; i++) { et2.addEventListener('y', l2, { signal: acB.signal }); et2.removeEventListener('y', l2); }
console.log(getEventListeners(acB.signal, 'abort').length);
process.on('warning', (w) => console.log('warning', w.message));
