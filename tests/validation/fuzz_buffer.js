'use strict';
// Differential fuzz of Buffer (indexOf/lastIndexOf/includes, the number writers and readers,
// toString ranges, encodings, alloc/fill, compare, copy, byteLength, write) and path.matchesGlob
// on pseudo-random arguments: the number of results and a hash (FNV-1a) of them all.
const path = require('path');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(String(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const encs = ['utf8', 'ucs2', 'latin1', 'hex', 'base64', 'base64url', 'ascii', undefined];
for (let i = 0; i < 2000; i++) {
  const len = rnd(24);
  const b = Buffer.from(Array.from({ length: len }, () => pick([0, 1, 0x61, 0x62, 0xff, 0x80, 0xc3, 0xa9, 0x20, 0x7f])));
  const needle = pick(['a', 'ab', 'b', '', 'é', 'ÿ', 'YQ==', '61', 'aa', Buffer.from([0x61, 0x62]), Buffer.alloc(0), 0x61, 0xff, 256 + 0x61, -0.5, 97.9, new Uint8Array([0xc3])]);
  const off = pick([undefined, 0, 1, -1, -3, 5, 100, -100, NaN, '1', null, 1.7, Infinity, -Infinity]);
  const enc = pick(encs);
  rec(() => b.indexOf(needle, off, enc));
  rec(() => b.lastIndexOf(needle, off, enc));
  rec(() => b.includes(needle, off, enc));
  const w = Buffer.alloc(12);
  const m = pick(['writeUInt8', 'writeInt8', 'writeUInt16LE', 'writeInt16BE', 'writeUInt32LE', 'writeInt32BE', 'writeFloatLE', 'writeDoubleBE', 'writeUIntLE', 'writeIntBE', 'writeUIntBE', 'writeIntLE', 'writeBigInt64LE', 'writeBigUInt64BE']);
  const val = m.includes('Big') ? pick([0n, -1n, 2n ** 63n, 2n ** 64n, 123n, -(2n ** 63n) - 1n]) : pick([0, -1, 1.5, 255, 256, -129, 65535, 2 ** 31, -(2 ** 31), 2 ** 32, NaN, 1e300, -0, 3.4e38, 2 ** 47]);
  const o = pick([0, 1, 4, 8, 11, -1, 1.5]);
  rec(() => (m.endsWith('LE') || m.endsWith('BE')) && /U?Int[LB]E$/.test(m) ? w[m](val, o, pick([1, 2, 3, 6, 0, 7])) : w[m](val, o));
  out.push(w.toString('hex'));
  const r = pick(['readUInt8', 'readInt16LE', 'readUInt32BE', 'readFloatBE', 'readDoubleLE', 'readBigInt64BE', 'readBigUInt64LE', 'readUIntBE', 'readIntLE']);
  rec(() => (/U?Int[LB]E$/.test(r) ? b[r](pick([0, 1, 2]), pick([1, 3, 6])) : b[r](pick([0, 1, 4, 8]))));
  rec(() => b.toString(enc, pick([undefined, 0, 2, -1, 50, '1', NaN]), pick([undefined, 3, 100, -1, 0])));
  rec(() => Buffer.from(b.toString('latin1'), enc).toString('hex'));
  rec(() => Buffer.alloc(pick([0, 1, 5]), pick(['ab', 'é', '', 0x101, Buffer.from([1, 2]), 'zz']), enc).toString('hex'));
  rec(() => Buffer.alloc(7).fill(pick(['ab', 'é', 0x61, Buffer.from([9])]), pick([0, 1, -1, 8, undefined]), pick([undefined, 3, 7, 0])).toString('hex'));
  rec(() => b.compare(Buffer.from('ab'), pick([0, 1, 3]), pick([0, 2, 5]), pick([0, 1, 30]), pick([undefined, 2, 30])));
  rec(() => { const t = Buffer.alloc(6); const n = b.copy(t, pick([0, 2, 7]), pick([0, 3, 30, -1]), pick([undefined, 2, 40])); return n + t.toString('hex'); });
  rec(() => Buffer.byteLength(b.toString('latin1'), enc));
  rec(() => b.write(pick(['abc', 'é€', 'YWJj', '6162']), pick([0, 1, 5, undefined]), pick([undefined, 2, 100]), enc) + b.toString('hex'));
  rec(() => path.matchesGlob(pick(['a/b.js', 'a/b/c.ts', '.x', 'a', 'b/.c', 'x/y/z']), pick(['*', '**', 'a/*', '**/*.js', 'a/**', '*.{js,ts}', '?', '[ab]/*', '!a', 'a/b.js', '.*', '**/.c'])));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
