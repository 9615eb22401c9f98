'use strict';
// Differential fuzz of StringDecoder in every encoding: random bytes (surrogate halves, UTF-8
// lead and continuation bytes) fed in random pieces through write/text/end, with lastNeed,
// lastTotal and lastChar read between: the number of results and a hash (FNV-1a) of them.
const { StringDecoder } = require('string_decoder');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
const encs = ['utf16le', 'ucs2', 'base64', 'base64url', 'utf8', 'hex', 'latin1', 'ascii'];
for (let i = 0; i < 4000; i++) {
  const bytes = Buffer.from(Array.from({ length: rnd(14) }, () => pick([0x3d, 0xd8, 0x00, 0xde, 0xdc, 0x41, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xe2, 0xff, 0xdb, 0xdf])));
  const enc = pick(encs);
  const d = new StringDecoder(enc);
  const parts = [];
  let pos = 0;
  try {
    while (pos < bytes.length) {
      const n = rnd(4);
      parts.push(rnd(5) === 0 ? d.text(bytes.subarray(pos, pos + n + 1), rnd(2)) : d.write(bytes.subarray(pos, pos + n)));
      pos += n;
      if (rnd(6) === 0) parts.push('L' + d.lastNeed + '/' + d.lastTotal + '/' + (d.lastChar ? d.lastChar.toString('hex') : '-'));
    }
    parts.push(d.end(rnd(3) === 0 ? bytes.subarray(0, 2) : undefined));
    parts.push(d.end());
  } catch (e) { parts.push(e.name + e.message); }
  out.push(enc + JSON.stringify(parts));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
