'use strict';
// Differential fuzz of TextDecoder (utf-8, utf-16le, the latin1 family; fatal, ignoreBOM; one-shot
// and streamed in random pieces) and TextEncoder (encode, encodeInto): the number of results and
// a hash (FNV-1a) of them all. (Node v20's latin1 one-shot path drops a leading 0xFF when
// ignoreBOM is set.)
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const labels = ['utf-8', 'utf-16le', 'latin1', 'windows-1252', 'ascii', 'iso-8859-1', 'us-ascii', 'utf-16'];
for (let i = 0; i < 3000; i++) {
  const bytes = new Uint8Array(Array.from({ length: rnd(16) }, () => pick([0x00, 0x41, 0x80, 0x81, 0x8d, 0x9f, 0xa0, 0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xd8, 0x3d, 0xdc, 0xde, 0xf0, 0x9f])));
  const label = pick(labels);
  const opts = { fatal: !!rnd(2), ignoreBOM: !!rnd(2) };
  rec(() => { const d = new TextDecoder(label, opts); return [d.encoding, d.fatal, d.ignoreBOM]; });
  rec(() => new TextDecoder(label, opts).decode(bytes));
  rec(() => {
    const d = new TextDecoder(label, opts);
    const parts = [];
    let pos = 0;
    while (pos < bytes.length) { const n = rnd(4) + 1; parts.push(d.decode(bytes.subarray(pos, pos + n), { stream: true })); pos += n; }
    parts.push(d.decode());
    return parts.join('|');
  });
  const s = String.fromCharCode(...Array.from({ length: rnd(8) }, () => pick([0x41, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x0, 0xfeff, 0xdc00])));
  rec(() => Array.from(new TextEncoder().encode(s)));
  rec(() => { const dst = new Uint8Array(rnd(8)); const r = new TextEncoder().encodeInto(s, dst); return [r, Array.from(dst)]; });
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
