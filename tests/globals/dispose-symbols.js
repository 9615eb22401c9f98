'use strict';
// Symbol.dispose and Symbol.asyncDispose: Node 20 defines them as registered
// symbols, and the built-ins' dispose methods are keyed by them.

for (const name of ['dispose', 'asyncDispose']) {
  const d = Object.getOwnPropertyDescriptor(Symbol, name);
  console.log(name, typeof d.value, String(d.value), d.writable, d.enumerable, d.configurable);
}
console.log(Symbol.dispose === Symbol.for('nodejs.dispose'));
console.log(Symbol.asyncDispose === Symbol.for('nodejs.asyncDispose'));

const { Readable, Writable } = require('stream');
console.log(typeof Readable.prototype[Symbol.asyncDispose], typeof Writable.prototype[Symbol.asyncDispose]);
const fsp = require('fs/promises');
fsp.open(__filename).then(async (fh) => {
  console.log('FileHandle asyncDispose:', typeof fh[Symbol.asyncDispose]);
  await fh[Symbol.asyncDispose]();
  console.log('fd after dispose:', fh.fd);
  const r = new Readable({ read() {} });
  r.on('close', () => console.log('readable closed, destroyed:', r.destroyed));
  await r[Symbol.asyncDispose]();
  console.log('after readable dispose');
});
