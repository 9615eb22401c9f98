'use strict';
// Deep equality of SharedArrayBuffers (goja has no SharedArrayBuffer).
const assert = require('assert');
const util = require('util');

const show = (label, a, b) => {
  const s = util.isDeepStrictEqual(a, b);
  let l = true;
  try {
    assert.deepEqual(a, b);
  } catch {
    l = false;
  }
  console.log(label, s, l);
};
show('sab equal', new SharedArrayBuffer(2), new SharedArrayBuffer(2));
show('sab differ', new SharedArrayBuffer(2), (() => { const s = new SharedArrayBuffer(2); new Uint8Array(s)[0] = 1; return s; })());
show('sab vs ab', new SharedArrayBuffer(1), new ArrayBuffer(1));
show('view over sab', new Uint8Array(new SharedArrayBuffer(2)), new Uint8Array(2));
try {
  assert.deepStrictEqual(new SharedArrayBuffer(2), new ArrayBuffer(2));
} catch (e) {
  console.log(e.message);
}
