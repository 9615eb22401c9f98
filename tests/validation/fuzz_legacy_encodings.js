'use strict';
// Differential fuzz of TextDecoder for the single-byte legacy encodings and UTF-16BE (one-shot,
// fatal, and streamed across a split): the number of results and a hash (FNV-1a) of them all.
// (The CJK multi-byte encodings and ISO-2022-JP differ from ICU on invalid input: not here.)
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const labels = ['utf-16be', 'iso-8859-2', 'iso-8859-15', 'windows-1251', 'windows-1250', 'koi8-r', 'koi8-u', 'ibm866', 'macintosh', 'x-mac-cyrillic', 'x-user-defined', 'windows-874', 'iso-8859-8-i'];
for (let i = 0; i < 2000; i++) {
  const bytes = new Uint8Array(Array.from({ length: rnd(12) }, () => pick([0x41, 0x1b, 0x24, 0x42, 0x28, 0x80, 0x81, 0xa1, 0xa4, 0xb0, 0xc8, 0xe0, 0xfe, 0xff, 0x8e, 0x8f, 0x00, 0x5c, 0x7e, 0x40, 0xd8, 0x3d])));
  const label = pick(labels);
  const fatal = rnd(3) === 0;
  rec(() => new TextDecoder(label).encoding);
  rec(() => new TextDecoder(label, { fatal }).decode(bytes));
  rec(() => { const d = new TextDecoder(label, { fatal }); const a = d.decode(bytes.subarray(0, 3), { stream: true }); return a + '|' + d.decode(bytes.subarray(3)); });
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
