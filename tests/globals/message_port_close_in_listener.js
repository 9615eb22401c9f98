'use strict';
// A MessagePort closed by a listener of its own message still receives what was already
// queued (Node's handle reads its queue to the end before its close callback runs); a port
// closed outside its listeners receives nothing more.
const { MessageChannel } = require('worker_threads');

function scenario(name, setup) {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    const log = [];
    port2.on('close', () => {
      console.log(name, log.join(' '), '| closed');
      resolve();
    });
    setup(port1, port2, log);
  });
}

(async () => {
  await scenario('close in listener:', (port1, port2, log) => {
    port2.on('message', (m) => {
      log.push(m);
      if (m === 1) port2.close();
    });
    port1.postMessage(1);
    port1.postMessage(2);
    port1.postMessage(3);
  });
  await scenario('posted from the listener, then closed:', (port1, port2, log) => {
    port2.on('message', (m) => {
      log.push(m);
      if (m === 1) {
        port1.postMessage(3);
        port2.close();
      }
    });
    port1.postMessage(1);
    port1.postMessage(2);
  });
  await scenario('closed before delivery:', (port1, port2, log) => {
    port2.on('message', (m) => log.push(m));
    port1.postMessage(1);
    port1.postMessage(2);
    port2.close();
  });
  await scenario('onmessage closes twice:', (port1, port2, log) => {
    port2.onmessage = (e) => {
      log.push(e.data);
      port2.close();
    };
    port1.postMessage('a');
    port1.postMessage('b');
  });
  await scenario('peer closed too:', (port1, port2, log) => {
    port2.on('message', (m) => {
      log.push(m);
      if (m === 1) {
        port2.close();
        port1.close();
      }
    });
    port1.postMessage(1);
    port1.postMessage(2);
  });
})();
