'use strict';
// util.inspect of a MessagePort: its state, and the own properties Node's ports carry
// (the kNewListener/kRemoveListener methods among them), before and after close.
const util = require('util');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log(util.inspect(port1));
port1.on('message', (m) => {
  console.log('message', m);
  port1.close();
});
console.log(util.inspect(port1, { depth: 0 }));
// The port shows as active (not ref'd) during its 'close' event and the ticks that event
// queued, and as inactive afterwards.
function state(port) {
  return util.inspect(port, { breakLength: Infinity }).match(/active: \w+(, refed: \w+)?/)[0];
}
port1.on('close', () => {
  console.log(util.inspect(port1, { depth: 0 }));
  console.log('in close:', state(port1), port1.hasRef());
  process.nextTick(() => console.log('tick after close:', state(port1)));
  setImmediate(() => console.log('immediate after close:', state(port1), port1.hasRef()));
});
port2.postMessage('hi');
