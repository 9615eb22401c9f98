'use strict';
// Differential fuzz of buffer.transcode between every pair of encodings, isUtf8/isAscii, equals,
// compare, concat, swap16/32/64, toJSON and entries on pseudo-random bytes: the number of
// results and a hash (FNV-1a) of them all.
const buffer = require('buffer');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { const r = f(); out.push(Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r)); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const encs = ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'UTF8', 'hex', 'base64'];
for (let i = 0; i < 4000; i++) {
  const b = Buffer.from(Array.from({ length: rnd(10) }, () => pick([0x41, 0x00, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xff, 0xd8, 0x3d, 0xde, 0x00, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0])));
  rec(() => buffer.transcode(b, pick(encs), pick(encs)));
  rec(() => buffer.isUtf8(b) + ':' + buffer.isAscii(b));
  const c = Buffer.from(b);
  if (c.length) c[rnd(c.length)] ^= rnd(2);
  rec(() => [b.equals(c), b.compare(c), Buffer.compare(c, b)]);
  rec(() => Buffer.concat([b, c, new Uint8Array([1])], pick([undefined, 0, 3, 100])));
  rec(() => { const d = Buffer.from(b); return [pick(['swap16', 'swap32', 'swap64'])].map((m) => d[m]().toString('hex')); });
  rec(() => b.toJSON());
  rec(() => [...b.entries()].slice(0, 3));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
