'use strict';
// util.transferableAbortSignal / transferableAbortController and their transfer through
// structuredClone and MessagePort.
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

const ac = new AbortController();
const s = util.transferableAbortSignal(ac.signal);
console.log('new object:', s !== ac.signal, s instanceof AbortSignal, util.inspect(s));
console.log('again:', util.transferableAbortSignal(s) === s);
console.log('plain clone:', util.inspect(structuredClone(ac.signal)));
show('clone without transfer:', () => structuredClone(s));
show('plain signal in transfer list:', () => structuredClone(ac.signal, { transfer: [ac.signal] }));
show('nested without transfer:', () => structuredClone({ s }));

// The copy shares its listeners with the original, not its state.
s.addEventListener('abort', () => console.log('listener added on the copy:', s.aborted, s.reason));
ac.signal.addEventListener('abort', () => console.log('listener on the original'));

const c = structuredClone(s, { transfer: [s] });
console.log('clone:', c !== s, c instanceof AbortSignal, c.aborted, util.inspect(c));
c.addEventListener('abort', (e) => console.log('clone aborted:', e.type, c.aborted, c.reason));
const o = structuredClone({ a: s, b: [s] }, { transfer: [s] });
console.log('identity kept:', o.a === o.b[0], o.a.aborted);
ac.abort('why');
console.log('after abort, sync:', ac.signal.aborted, s.aborted, c.aborted);

// An aborted signal travels with its reason.
const ab = util.transferableAbortSignal(AbortSignal.abort(new RangeError('late')));
const d = structuredClone(ab, { transfer: [ab] });
console.log('aborted clone:', d.aborted, d.reason instanceof RangeError, d.reason.message);
const d2 = structuredClone([ab, ab], { transfer: [ab] });
console.log('twice:', d2[0] === d2[1], d2[0].aborted, d2[0].reason.message);

// A transferable controller: its own signal is the transferable one.
const tc = util.transferableAbortController();
console.log('controller:', tc instanceof AbortController, util.inspect(tc), tc.signal === tc.signal);
const { port1, port2 } = new MessageChannel();
port2.onmessage = ({ data }) => {
  console.log('received:', data.signal instanceof AbortSignal, data.signal.aborted, data.n);
  data.signal.onabort = () => {
    console.log('received signal aborted:', data.signal.reason);
    port2.close();
  };
  tc.abort({ code: 42 });
  console.log('sender aborted, receiver not yet:', tc.signal.aborted, data.signal.aborted);
};
port1.postMessage({ signal: tc.signal, n: 1 }, [tc.signal]);

// A pending transferred signal that never aborts does not keep the process alive.
const idle = util.transferableAbortController();
structuredClone(idle.signal, { transfer: [idle.signal] });

for (const v of [undefined, null, 1, 'x', {}, new EventTarget(), AbortSignal]) {
  show('invalid:', () => util.transferableAbortSignal(v));
}
show('controller args ignored:', () => util.inspect(util.transferableAbortController(1, 2)));
