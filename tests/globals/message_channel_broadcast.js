// BroadcastChannel: delivery to the other open channels of the same name (not the sender, not
// other names), cloned data as MessageEvents, closing, ref/unref (a channel keeps the process
// alive from construction until closed or unref'd), the accessors and the errors.
'use strict';
const { inspect } = require('util');

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}

console.log(BroadcastChannel === require('worker_threads').BroadcastChannel);
console.log(Object.getPrototypeOf(BroadcastChannel.prototype) === EventTarget.prototype);
console.log(Object.getOwnPropertyNames(BroadcastChannel.prototype));
const a = new BroadcastChannel('ch');
const b = new BroadcastChannel('ch');
const other = new BroadcastChannel('other');
console.log(inspect(a), inspect(a, { depth: -1 }), inspect([a], { depth: 0 }), Object.keys(a));
console.log(a.name, new BroadcastChannel(1).close(), Object.prototype.toString.call(a));

const sent = { x: 1, list: [1, 2] };
let got = 0;
b.onmessage = (e) => {
  console.log('b got', e.data, e.data !== sent, e.constructor.name, e.target === b, e.type, e.ports);
  if (++got === 2) finish();
};
a.onmessage = () => console.log('sender never hears itself');
other.onmessage = () => console.log('other name never hears');
t('post', () => a.postMessage(sent));
sent.x = 'changed after posting';
t('post buffer', () => { const ab = new ArrayBuffer(2); a.postMessage(ab, [ab]); return ab.byteLength; });
t('function', () => a.postMessage(() => 1));
t('no message', () => a.postMessage());
t('no name', () => new BroadcastChannel());
t('ref/unref return this', () => [a.ref() === a, a.unref() === a, a.ref() === a]);
t('bad this', () => BroadcastChannel.prototype.postMessage.call({}, 1));
t('bad this name', () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({}));
console.log('posted');

function finish() {
  a.close();
  b.close();
  other.close();
  t('post after close', () => a.postMessage(1));
  t('close again', () => a.close());
  t('ref after close', () => a.ref() === a);
  console.log(inspect(a));
  // An unref'd channel does not keep the process alive; a ref'd one does until closed.
  const unrefd = new BroadcastChannel('quiet');
  unrefd.unref();
  const kept = new BroadcastChannel('kept');
  setTimeout(() => {
    console.log('still alive');
    kept.close();
  }, 20);
  process.on('exit', () => console.log('exit'));
}
