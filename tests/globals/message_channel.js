// MessageChannel / MessagePort: cloned data delivered asynchronously and in order as
// MessageEvents (node-style listeners get the data), start()/onmessage, ticks and microtasks
// between messages, close() and the 'close' events of both ends, ref/unref/hasRef,
// receiveMessageOnPort, transferring ports and buffers, and the errors.
'use strict';
const { receiveMessageOnPort, MessageChannel: MC, MessagePort: MP } = require('worker_threads');

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, 'THROW', err.name, err.code, JSON.stringify(err.message));
  }
}

console.log(MC === MessageChannel, MP === MessagePort, typeof MessageChannel, MessageChannel.length);
console.log(Object.keys(require('worker_threads')).join());
const steps = [];
const next = () => { const step = steps.shift(); if (step) step(); };

// 1. Order, cloning, the event, ticks and microtasks between messages.
steps.push(() => {
  console.log('--- basics');
  const { port1, port2 } = new MessageChannel();
  const sent = { a: 1, nested: { b: [1, 2] } };
  let n = 0;
  port2.onmessage = (e) => {
    const ev = e;
    console.log('message', ev.data, ev.type, ev.target === port2, ev.constructor.name, ev.ports,
                ev.origin === '', ev.lastEventId === '', ev.source, ev.data !== sent);
    process.nextTick(() => console.log('tick after', ev.data));
    Promise.resolve().then(() => console.log('microtask after', ev.data));
    if (++n === 3) {
      port2.close();
    }
  };
  port2.addEventListener('close', (e) => { console.log('port2 close', e.type, e.constructor.name); });
  port1.on('close', (e) => { console.log('port1 close', e.type); next(); });
  port1.ref(); // so that the peer's close message reaches it
  console.log('post returns', port1.postMessage(sent));
  port1.postMessage('two');
  port1.postMessage(3);
  sent.a = 'changed after posting';
  process.nextTick(() => console.log('sync tick'));
  Promise.resolve().then(() => console.log('sync microtask'));
  console.log('posted');
});

// 2. Async handlers finish before the next message; node-style listeners get the data.
steps.push(() => {
  console.log('--- async handlers and on()');
  const { port1, port2 } = new MessageChannel();
  port2.on('message', async (value) => {
    console.log('start', value);
    await null;
    await null;
    console.log('end', value);
    if (value === 2) port2.close();
  });
  port2.once('close', () => next());
  port1.postMessage(1);
  port1.postMessage(2);
});

// 3. A port without 'message' listeners queues; the first listener starts it;
// receiveMessageOnPort reads synchronously, started or not.
steps.push(() => {
  console.log('--- start and receiveMessageOnPort');
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('a');
  port1.postMessage('b');
  port1.postMessage('c');
  port1.postMessage('d');
  console.log(receiveMessageOnPort(port2), port2.hasRef());
  setTimeout(() => {
    console.log('nothing delivered before a listener');
    port2.addEventListener('message', (e) => {
      console.log('listener', e.data);
      if (e.data === 'c') {
        console.log('read d directly', receiveMessageOnPort(port2), receiveMessageOnPort(port2));
        port1.close();
      }
    });
    console.log('hasRef after a listener', port2.hasRef());
  }, 5);
  port2.on('close', () => { console.log('port2 closed by peer'); next(); });
});

// 4. ref/unref/hasRef and the listeners that ref.
steps.push(() => {
  console.log('--- ref');
  const { port1, port2 } = new MessageChannel();
  console.log(port1.hasRef(), port2.hasRef());
  const f = () => {};
  port2.on('message', f);
  console.log('on message', port2.hasRef());
  port2.off('message', f);
  console.log('off message', port2.hasRef());
  port2.onmessage = f;
  console.log('onmessage', port2.hasRef());
  port2.onmessage = null;
  console.log('onmessage null', port2.hasRef());
  port1.ref();
  console.log('ref', port1.hasRef(), port1.ref(), port1.unref(), port1.hasRef());
  console.log(port1.eventNames(), port2.listenerCount('newListener'), port1.getMaxListeners());
  port2.onmessage = f;
  port2.removeAllListeners('message');
  console.log('removeAllListeners keeps the ref', port2.hasRef(), port2.eventNames());
  port1.close();
  console.log('closed', port1.hasRef(), port2.hasRef(), port1.postMessage('x'), port2.postMessage('y'));
  port1.close();
  port2.on('close', () => next());
});

// 5. Transferring ports and buffers.
steps.push(() => {
  console.log('--- transfer');
  const { port1, port2 } = new MessageChannel();
  const carrier = new MessageChannel();
  port2.postMessage('queued for port1');
  port1.on('close', () => console.log('original port1 closed'));
  carrier.port2.onmessage = (e) => {
    const p = e.data.port;
    console.log('got port', p instanceof MessagePort, p === port1, e.ports.length, e.ports[0] === p);
    console.log('buffer', e.data.buf.byteLength, new Uint8Array(e.data.buf)[0]);
    p.onmessage = (ev) => {
      console.log('moved port got', ev.data);
      if (ev.data === 'after') {
        p.close();
        carrier.port2.close();
      }
    };
    port2.postMessage('after');
  };
  const buf = new Uint8Array([42]).buffer;
  carrier.port1.postMessage({ port: port1, buf }, [port1, buf]);
  console.log('detached', buf.byteLength, port1.postMessage('from the old object'), port1.hasRef());
  carrier.port2.on('close', () => next());
});

// 6. Errors.
steps.push(() => {
  console.log('--- errors');
  const { port1, port2 } = new MessageChannel();
  t('new MessagePort', () => new MessagePort());
  t('MessageChannel()', () => MessageChannel());
  t('no arguments', () => port1.postMessage());
  t('function', () => port1.postMessage(() => 1));
  t('bad transfer list', () => port1.postMessage(1, 5));
  t('bad transfer option', () => port1.postMessage(1, { transfer: 5 }));
  t('bad transfer entry', () => port1.postMessage(1, [{}]));
  t('transfer source port', () => port1.postMessage(port1, [port1]));
  t('transfer options object', () => { const ab = new ArrayBuffer(2); port1.postMessage(ab, { transfer: [ab] }); return ab.byteLength; });
  t('null transfer', () => port1.postMessage(1, null));
  t('receiveMessageOnPort({})', () => receiveMessageOnPort({}));
  t('MessagePort this', () => MessagePort.prototype.postMessage.call({}, 1));
  t('NodeEventTarget this', () => MessagePort.prototype.on.call({}, 'x', () => {}));
  t('emit', () => [port1.emit('message', 5), port1.emit('foo')]);
  port1.close();
  port1.on('close', () => next());
});

// 6b. A message that cannot be rebuilt on the receiving side is still posted; the receiver gets
// a 'messageerror' with the error instead.
steps.push(() => {
  console.log('--- messageerror');
  const { port1, port2 } = new MessageChannel();
  const err = new Error('cyclic');
  err.cause = err;
  port2.onmessage = (e) => console.log('message', e.data);
  port2.onmessageerror = (e) => {
    console.log('messageerror', e.type, e.constructor.name, e.data);
  };
  port2.on('messageerror', (error) => console.log('node-style messageerror', error instanceof Error));
  console.log('post', port1.postMessage(err));
  port1.postMessage('after');
  port1.postMessage('last');
  port2.on('message', (value) => { if (value === 'last') port2.close(); });
  port2.on('close', () => next());
});

// 7. Liveness: an unref'd port with a listener lets the process exit; a ref'd one without
// messages keeps it alive until closed.
steps.push(() => {
  console.log('--- liveness');
  const idle = new MessageChannel();
  idle.port2.onmessage = () => {};
  idle.port2.unref();
  const alive = new MessageChannel();
  alive.port1.ref();
  setTimeout(() => {
    console.log('still alive');
    alive.port1.close();
  }, 20);
  process.on('exit', () => console.log('exit'));
});

next();
