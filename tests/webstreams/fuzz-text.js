'use strict';
// Differential fuzzing of TextEncoderStream/TextDecoderStream: random strings (with lone and
// split surrogates) in random chunks, decoded in random byte chunks with random options.
let s = 1;
let out = [];
const log = (...a) => out.push(a.join(' '));
const fmtErr = (e) => (e && typeof e === 'object' ? `${e.name}:${e.code}:${e.message}` : String(e));
const rnd = (n) => { s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
const pieces = ['a', 'é', '€', '😀', '\uD83D', '\uDE00', 'ÿ', '\u0000', 'zz', '日本'];
async function main() {
  let out = [];
  let text = '';
  for (let i = 0; i < 12; i++) text += pieces[rnd(pieces.length)];
  const chunks = [];
  let pos = 0;
  while (pos < text.length) { const n = 1 + rnd(4); chunks.push(text.slice(pos, pos + n)); pos += n; }
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  chunks.forEach((c) => w.write(c));
  w.close();
  const bytes = [];
  for await (const c of enc.readable) { out.push('E[' + Array.from(c).join(',') + ']'); bytes.push(...c); }
  const encs = ['utf-8', 'utf-16le', 'latin1'];
  const dec = new TextDecoderStream(encs[rnd(3)], { fatal: rnd(4) === 0, ignoreBOM: rnd(2) === 0 });
  const dw = dec.writable.getWriter();
  let p = 0;
  if (rnd(3) === 0) bytes.unshift(0xEF, 0xBB, 0xBF);
  if (rnd(4) === 0) bytes.push(0xFF);
  while (p < bytes.length) { const n = 1 + rnd(5); dw.write(new Uint8Array(bytes.slice(p, p + n))).catch(() => {}); p += n; }
  dw.close().catch(() => {});
  try { for await (const c of dec.readable) out.push('D' + JSON.stringify(c)); } catch (e) { out.push('ERR ' + e.code); }
  console.log(out.join(' '));
}


// Fixed seeds, run one after another; each seed's log is printed whole.
const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);
(async () => {
  for (const seed of SEEDS) {
    s = seed;
    out = [];
    console.log('--- seed ' + seed);
    try {
      await main();
    } catch (e) {
      log('FATAL', fmtErr(e));
    }
    if (out.length) console.log(out.join('\n'));
  }
})();
