'use strict';
// Differential fuzz of Buffer with strings of any UTF-16 code units (lone surrogates included)
// in every encoding: from, byteLength, write, fill, toString ranges, indexOf (a needle's lone
// surrogates are searched as WTF-8 bytes, as V8 writes them) and TextEncoder: the number of
// results and a hash (FNV-1a) of them all.
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const units = [0x41, 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xfeff, 0x0, 0x3d, 0x2b, 0x2f, 0x2d, 0x5f, 0x30, 0x66];
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'binary'];
for (let i = 0; i < 3000; i++) {
  const s = String.fromCharCode(...Array.from({ length: rnd(12) }, () => pick(units)));
  const enc = pick(encs);
  rec(() => Buffer.from(s, enc).toString('hex'));
  rec(() => Buffer.byteLength(s, enc));
  rec(() => { const b = Buffer.alloc(rnd(10)); const n = b.write(s, pick([0, 1, 3]), pick([undefined, 1, 2, 5]), enc); return [n, b.toString('hex')]; });
  rec(() => { const b = Buffer.alloc(6); b.fill(s, pick([0, 1]), pick([6, 4]), enc); return b.toString('hex'); });
  rec(() => Buffer.from(s).toString(enc));
  rec(() => Buffer.from(s, 'utf16le').toString(enc, 1));
  rec(() => Buffer.from(s).indexOf(s.slice(1), 0, enc));
  rec(() => new TextEncoder().encode(s).join());

}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
