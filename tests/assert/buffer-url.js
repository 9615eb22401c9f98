'use strict';
// Deep equality and messages for Buffers, deep equality of URLs.
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
show('buffers equal', Buffer.from('abc'), Buffer.from('abc'));
show('buffers differ', Buffer.from('abc'), Buffer.from('abd'));
show('buffer vs Uint8Array', Buffer.from([1]), new Uint8Array([1]));
show('buffer subarray', Buffer.from('xabc').subarray(1), Buffer.from('abc'));
show('buffer vs Uint8Array loose', Buffer.from([1, 2]), new Uint8Array([1, 2]));
show('buffer with prop', Object.assign(Buffer.from([1]), { x: 1 }), Buffer.from([1]));
show('urls equal', new URL('http://a/b'), new URL('http://a/b'));
show('urls differ', new URL('http://a/b'), new URL('http://a/c'));
show('url with prop', Object.assign(new URL('http://a'), { x: 1 }), new URL('http://a'));
show('url vs object', new URL('http://a'), { href: 'http://a/' });
show('url-like objects', { href: 'x', protocol: 'y' }, { href: 'x', protocol: 'y' });

for (const f of [
  () => assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abd')),
  () => assert.deepStrictEqual(Buffer.from([1]), new Uint8Array([1])),
  () => assert.deepStrictEqual(Buffer.alloc(60, 1), Buffer.alloc(60, 2)),
  () => assert.notDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')),
  () => assert.deepEqual(Buffer.from('ab'), Buffer.from('ac')),
  () => assert.strictEqual(Buffer.from('abc'), Buffer.from('abc')),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
