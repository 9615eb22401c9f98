'use strict';
// net.Socket#setTimeout without a connection: 'timeout' fires once after the idle time (the
// timer is unref'd, so a longer timer keeps the process up); setTimeout(0) cancels it.
const net = require('net');
const a = new net.Socket();
const b = new net.Socket();
const start = Date.now();
a.setTimeout(20, () => console.log('a timeout', a.timeout, Date.now() - start >= 15));
b.setTimeout(20, () => console.log('b timeout (not expected)'));
b.setTimeout(0);
console.log('timeouts', a.timeout, b.timeout);
for (const bad of [-1, 'x', NaN]) {
  try {
    a.setTimeout(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
a.setTimeout(20);
setTimeout(() => {
  console.log('done');
  a.destroy();
  console.log('after destroy', a.setTimeout(5) === a);
}, 200);
