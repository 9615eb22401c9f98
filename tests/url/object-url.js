'use strict';

// URL.createObjectURL / revokeObjectURL with buffer.resolveObjectURL: a Blob registered under a
// blob:nodedata: URL resolves until revoked; other values are refused.

const { Blob, resolveObjectURL } = require('buffer');

const blob = new Blob(['hello'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
const parsed = new URL(url);
console.log(parsed.protocol, parsed.origin, parsed.pathname.startsWith('nodedata:'));
const found = resolveObjectURL(url);
console.log(found instanceof Blob, found.size, found.type);
found.text().then((t) => console.log('text', t));
console.log(URL.createObjectURL(blob) !== url);
URL.revokeObjectURL(url);
console.log(resolveObjectURL(url));
URL.revokeObjectURL(url);
URL.revokeObjectURL('blob:nodedata:');
URL.revokeObjectURL('blob:other:x');
URL.revokeObjectURL('https://example.com/');
URL.revokeObjectURL(12);
for (const bad of [undefined, null, 'x', {}, new Uint8Array(2)]) {
  try {
    URL.createObjectURL(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  URL.revokeObjectURL();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
