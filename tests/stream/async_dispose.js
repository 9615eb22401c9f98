'use strict';
// Readable and Writable [Symbol.asyncDispose] (Symbol.for('nodejs.asyncDispose'), which is what
// Node's Symbol.asyncDispose is): destroy with an AbortError unless done, then resolve.
const { Readable, Writable } = require('stream');
const k = Symbol.for('nodejs.asyncDispose');
(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('r error', e.name));
  await r[k]();
  console.log('r disposed', r.destroyed, r.readableAborted);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.name));
  await w[k]();
  console.log('w disposed', w.destroyed);
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.end();
  await new Promise((res) => w2.on('finish', res));
  await w2[k]();
  console.log('w2 disposed', w2.destroyed);
})();
