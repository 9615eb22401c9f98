'use strict';
// os.userInfo({ encoding }): 'buffer' gives Buffers of the bytes, any other Buffer encoding
// (case-insensitive) gives the bytes in that encoding, anything else utf8.
const os = require('os');

const plain = os.userInfo();
for (const encoding of ['buffer', 'BUFFER', 'hex', 'latin1', 'binary', 'base64', 'base64url',
  'ascii', 'ucs2', 'utf16le', 'UTF8', 'utf-8', 'bogus']) {
  const u = os.userInfo({ encoding });
  const shown = {};
  for (const key of ['username', 'homedir', 'shell']) {
    const v = u[key];
    if (v === null) {
      shown[key] = 'null';
    } else if (Buffer.isBuffer(v)) {
      shown[key] = `Buffer ${v.toString() === plain[key]}`;
    } else {
      const enc = Buffer.isEncoding(encoding) ? encoding : 'utf8';
      shown[key] = `${typeof v} ${v === Buffer.from(plain[key]).toString(enc)}`;
    }
  }
  console.log(encoding, JSON.stringify(shown), u.uid === plain.uid, u.gid === plain.gid,
    Object.getPrototypeOf(u) === null);
}
// The option is read through a getter, once.
let reads = 0;
os.userInfo({ get encoding() { reads++; return 'hex'; } });
console.log('getter reads', reads);
