'use strict';
// Messages with URLs: with customInspect off, Node v20's util.inspect prints a URL as its href
// and then its own properties.
const assert = require('assert');

for (const f of [
  () => assert.deepStrictEqual(new URL('http://a/b'), new URL('http://a/c')),
  () => assert.deepStrictEqual({ u: new URL('http://x') }, { u: 'http://x/' }),
  () => assert.deepStrictEqual(new URL('http://a/?q=1'), Object.assign(new URL('http://a/?q=1'), { x: 1 })),
]) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
