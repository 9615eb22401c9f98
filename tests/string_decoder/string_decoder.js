'use strict';
// StringDecoder: every encoding, characters split across writes at every
// position, end(), the legacy fields lastChar/lastNeed/lastTotal, text(),
// input kinds and errors.

const { StringDecoder } = require('string_decoder');
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ') || '-';
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? codes(r) : String(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const state = (d) => `[${d.lastChar.toString('hex')} need=${d.lastNeed} total=${d.lastTotal}]`;

// Feed bytes in the given chunk sizes; show each result and the state.
function feed(label, enc, bytes, sizes, finalChunk) {
  const d = new StringDecoder(enc);
  const out = [];
  let pos = 0;
  for (const n of sizes) {
    out.push(codes(d.write(Buffer.from(bytes.slice(pos, pos + n)))) + state(d));
    pos += n;
  }
  out.push('end:' + codes(finalChunk === undefined ? d.end() : d.end(Buffer.from(finalChunk))) + state(d));
  console.log(label, enc, JSON.stringify(sizes), out.join(' '));
}

function main() {
  for (const enc of [undefined, null, '', 'utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
    'ascii', 'base64', 'base64url', 'hex', 'HEX', 'utf16', 'foo', 5, {}, ['hex'], { length: 3, toString() { return 'hex'; } }]) {
    show(`encoding ${String(enc)}`, () => new StringDecoder(enc).encoding);
  }
  const d0 = new StringDecoder();
  console.log(Object.keys(d0), Object.keys(StringDecoder.prototype), typeof d0.lastChar, d0.lastChar.length, Buffer.isBuffer(d0.lastChar));
  console.log(d0);

  // Split every multi-byte sample at every point, and byte by byte.
  const samples = {
    utf8: Buffer.from('a\u00e9\u20ac\ud83d\ude00b'),
    utf16le: Buffer.from('a\u00e9\u20ac\ud83d\ude00b', 'utf16le'),
    base64: Buffer.from('abcdefg'),
    base64url: Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0xfe]),
    hex: Buffer.from('xyz'),
    latin1: Buffer.from([0x61, 0xe9, 0xff]),
    ascii: Buffer.from([0x61, 0xe9, 0xff]),
  };
  for (const [enc, bytes] of Object.entries(samples)) {
    const arr = [...bytes];
    for (let i = 0; i <= arr.length; i++) feed('split', enc, arr, [i, arr.length - i]);
    feed('bytes', enc, arr, arr.map(() => 1));
    feed('pairs', enc, arr, arr.map(() => 2).slice(0, Math.ceil(arr.length / 2)));
  }

  // Invalid and truncated UTF-8 across writes.
  const bad = [[0xe2, 0x82], [0xe2], [0xe2, 0x41], [0xf0, 0x9f, 0x98], [0x80, 0x80], [0xc3, 0xc3, 0xa9], [0xff, 0xfe],
    [0xf8, 0x88, 0x80, 0x80], [0xed, 0xa0, 0x80], [0x61, 0x80, 0x80, 0x80, 0x80], [0xf0, 0x80, 0x80]];
  for (const b of bad) {
    feed('bad', 'utf8', b, [b.length]);
    feed('bad1', 'utf8', b, b.map(() => 1));
  }
  feed('cont', 'utf8', [0xe2, 0x82, 0x41, 0x42], [1, 3]);
  feed('cont2', 'utf8', [0xf0, 0x9f, 0x41, 0x98], [2, 2]);
  feed('endchunk', 'utf8', [0xe2], [1], [0x82, 0xac, 0xe2]);
  feed('surrogate end', 'utf16le', [0x3d, 0xd8], [2]);
  feed('surrogate end odd', 'utf16le', [0x3d, 0xd8, 0x00], [3]);
  feed('odd end', 'utf16le', [0x61, 0x00, 0x62], [3]);
  feed('lone trail', 'utf16le', [0x00, 0xdc, 0x61, 0x00], [1, 3]);
  feed('b64 end', 'base64', [0x61, 0x62, 0x63, 0x64], [1, 1], [0x65]);

  // Input kinds.
  const d = new StringDecoder('utf8');
  show('write string', () => d.write('str\u00e9'));
  show('write u16', () => d.write(new Uint16Array([0x6261])));
  show('write dataview', () => d.write(new DataView(new Uint8Array([0x63, 0x64, 0x65]).buffer, 1)));
  show('write arraybuffer', () => d.write(new ArrayBuffer(1)));
  show('write array', () => d.write([1]));
  show('write null', () => d.write(null));
  show('write undefined', () => d.write());
  show('end string', () => d.end('tail'));
  show('end undefined', () => d.end(undefined));
  show('end null', () => d.end(null));
  show('write on other', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));
  show('text', () => { const t = new StringDecoder('utf8'); t.write(Buffer.from([0xe2])); return t.text(Buffer.from('xya\u00e9'), 2) + state(t); });
  show('reuse after end', () => { const t = new StringDecoder('utf8'); t.write(Buffer.from([0xe2, 0x82])); t.end(); return t.write(Buffer.from([0xac, 0x61])); });
  show('stale lastChar', () => { const t = new StringDecoder('utf8'); t.write(Buffer.from([0xe2, 0x82])); t.write(Buffer.from([0xac])); return state(t); });
  show('big', () => { const t = new StringDecoder('utf8'); const b = Buffer.from('\u20ac'.repeat(1000)); let s = ''; for (let i = 0; i < b.length; i += 7) s += t.write(b.subarray(i, i + 7)); return `${s === '\u20ac'.repeat(1000)} ${s.length}`; });

  // A replaced Buffer.isEncoding admits other names.
  const orig = Buffer.isEncoding;
  Buffer.isEncoding = (e) => e === 'custom';
  show('custom encoding', () => { const t = new StringDecoder('custom'); return `${t.encoding} ${t.write(Buffer.from([0xe2, 0x82, 0xac]))}`; });
  show('custom rejected', () => new StringDecoder('other'));
  Buffer.isEncoding = orig;
}
main();
