'use strict';
// Buffer encodings: encode (Buffer.from), decode (toString) and byteLength for
// every encoding and spelling, with Node's handling of invalid input.

function fmt(v) {
  if (Buffer.isBuffer(v)) return `<${v.toString('hex')}>`;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
function show(label, fn) {
  try {
    console.log(label, fmt(fn()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');

function main() {
  const spellings = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le', 'UTF16LE',
    'latin1', 'binary', 'LATIN1', 'Binary', 'ascii', 'ASCII', 'base64', 'BASE64', 'base64url', 'Base64URL',
    'hex', 'HEX', 'utf16', 'utf-16', 'latin-1', 'utf32', 'buffer', 'raw', 'raws', '', 'foo', null, undefined, 5, ['hex']];
  for (const enc of spellings) {
    show(`isEncoding ${fmt(enc)}`, () => Buffer.isEncoding(enc));
  }

  const samples = ['', 'a', 'hello', 'héllo', '€uro', '😀 smile', '\u0000\u007f\u0080\u00ff\u0100', '\ud800', '\udc00x', 'a\ud83d',
    '\ud83d\ude00\ud83d', 'abc\u0161\u0162', 'YWJj', 'aGVsbG8=', '68656c6c6f', '6g', 'zz', 'A b\nC', '=\t=', 'Zm9v-_+/'];
  const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
  for (const s of samples) {
    for (const enc of encs) {
      show(`from ${fmt(s)} ${enc}`, () => Buffer.from(s, enc));
      show(`byteLength ${fmt(s)} ${enc}`, () => Buffer.byteLength(s, enc));
    }
  }

  // Decoding every byte value in every encoding.
  const all = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  for (const enc of encs) {
    show(`decode all ${enc}`, () => codes(all.toString(enc)).length + ' ' + codes(all.toString(enc)).slice(0, 400));
  }

  // Invalid UTF-8: one U+FFFD per maximal invalid subpart.
  const bad = [
    [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41], [0xe0, 0x80, 0x80], [0xe0, 0xa0],
    [0xe0, 0xa0, 0x41], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbf], [0xf0, 0x80, 0x80, 0x80],
    [0xf0, 0x90, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
    [0xf5, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82, 0xac, 0xe2, 0x82],
    [0x41, 0xf0, 0x9f, 0x98, 0x42], [0xf0, 0x9f, 0x98, 0x80, 0x80],
  ];
  for (const b of bad) {
    show(`utf8 ${Buffer.from(b).toString('hex')}`, () => codes(Buffer.from(b).toString()));
  }

  // Odd-length UTF-16, lone surrogates survive a round trip through ucs2.
  show('ucs2 odd', () => codes(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')));
  show('ucs2 lone', () => codes(Buffer.from([0x00, 0xd8, 0x61, 0x00]).toString('utf16le')));
  show('ucs2 roundtrip', () => codes(Buffer.from('\ud800x\udfff', 'ucs2').toString('ucs2')));

  // hex: decoding stops at the first bad pair; the length is halved.
  for (const s of ['', '0', '00', '0a1', 'ABCDEF', 'abcdefg', '12zz34', 'z1', '1z', ' 12', '12 34', '0x12', '\u0161\u0162', '\u0130\u0130']) {
    show(`hex ${fmt(s)}`, () => Buffer.from(s, 'hex'));
  }

  // base64: whitespace and foreign characters skipped, '=' ends the data,
  // both alphabets accepted in both encodings.
  const b64 = ['', 'Q', 'QQ', 'QUI', 'QUJD', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', 'QUJDRA===', 'Q===', '====', 'QU=JD',
    'QUJD=RA==', 'QU JD\nRA==', '  QUJD', 'Q\tU\rJ\fD', '*QUJD*', 'QUJD$$RA', '-_-_', '+/+/', 'QUJD-_', 'QUJD+/',
    'a', 'ab', 'abc', 'abcd', 'abcde', 'ab==cd', 'ab\u00e9cd', 'ab\u0161cd', 'YR', 'YR==', '8J+YgA'];
  for (const s of b64) {
    show(`base64 ${fmt(s)}`, () => Buffer.from(s, 'base64'));
    show(`base64url ${fmt(s)}`, () => Buffer.from(s, 'base64url'));
  }
  const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x01, 0x02, 0xfe]);
  for (let n = 0; n <= bytes.length; n++) {
    show(`encode base64 ${n}`, () => bytes.subarray(0, n).toString('base64'));
    show(`encode base64url ${n}`, () => bytes.subarray(0, n).toString('base64url'));
    show(`encode hex ${n}`, () => bytes.subarray(0, n).toString('hex'));
  }

  // latin1 and ascii writes keep the low byte of each code unit; ascii
  // decoding clears the high bit.
  show('latin1 high', () => Buffer.from('\u0100\u0141\uffff\u00e9', 'latin1'));
  show('ascii high', () => Buffer.from('\u0100\u0141\uffff\u00e9', 'ascii'));
  show('ascii decode', () => codes(Buffer.from([0x80, 0xff, 0xc3, 0xa9, 0x41]).toString('ascii')));
  show('latin1 decode', () => codes(Buffer.from([0x80, 0xff, 0xc3, 0xa9, 0x41]).toString('binary')));

  // Buffer.from(string, encoding) edge cases.
  show('from enc undefined', () => Buffer.from('abc', undefined));
  show('from enc null', () => Buffer.from('abc', null));
  show('from enc number', () => Buffer.from('abc', 5));
  show('from enc empty', () => Buffer.from('abc', ''));
  show('from enc unknown', () => Buffer.from('abc', 'utf9'));
  show('from enc unknown empty string', () => Buffer.from('', 'utf9'));
  show('from enc array', () => Buffer.from('6162', ['hex']));
  show('byteLength unknown', () => Buffer.byteLength('héllo', 'utf9'));
  show('byteLength object enc', () => Buffer.byteLength('6162', { toString() { return 'hex'; } }));
  show('byteLength buffer', () => Buffer.byteLength(Buffer.alloc(7)));
  show('byteLength arraybuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
  show('byteLength u16', () => Buffer.byteLength(new Uint16Array(5)));
  show('byteLength dataview', () => Buffer.byteLength(new DataView(new ArrayBuffer(4), 1)));
  show('byteLength number', () => Buffer.byteLength(5));
  show('byteLength undefined', () => Buffer.byteLength());
  show('byteLength object', () => Buffer.byteLength({}));

  // toString(encoding, start, end): clamped ranges.
  const buf = Buffer.from('abcdef');
  const ranges = [[], [undefined], ['utf8'], ['utf8', 1], ['utf8', 1, 3], ['utf8', -1, 3], ['utf8', 2, 100],
    ['utf8', 4, 2], ['utf8', 6], ['utf8', 7], ['utf8', 1.7, 3.9], ['utf8', '1', '3'], ['utf8', 'x', 'y'],
    ['utf8', NaN, NaN], ['utf8', null, null], ['utf8', 0, -4294967291], ['utf8', Infinity], ['utf8', -Infinity, Infinity],
    ['hex', 1, 4], ['base64', 0, 4], [undefined, 2, 4], [null], ['utf9'], [0], [{}], ['UCS-2', 0, 5], [['hex']]];
  for (const args of ranges) {
    show(`toString ${JSON.stringify(args)}`, () => buf.toString(...args));
  }
  show('toLocaleString', () => buf.toLocaleString('hex'));
  show('String()', () => String(buf));
  show('template', () => `${Buffer.from('x')}`);
  show('empty toString', () => Buffer.alloc(0).toString('hex'));

  // Large strings take the non-pooled path.
  const big = 'é'.repeat(5000);
  show('big utf8', () => { const b = Buffer.from(big); return `${b.length} ${b.byteOffset} ${b.buffer.byteLength} ${b.toString() === big}`; });
  const bigB64 = Buffer.alloc(6000, 'xyz').toString('base64');
  show('big base64', () => { const b = Buffer.from(bigB64 + ' ', 'base64'); return `${b.length} ${b.buffer.byteLength}`; });
  show('big base64 spaced', () => { const b = Buffer.from(bigB64.replace(/(.{76})/g, '$1\n'), 'base64'); return `${b.length} ${b.buffer.byteLength}`; });
  show('big hex odd', () => { const b = Buffer.from('ab'.repeat(3000) + 'zz' + 'cd'.repeat(10), 'hex'); return `${b.length} ${b.buffer.byteLength}`; });
  show('big ascii', () => Buffer.from('a'.repeat(10000), 'ascii').length);
}
main();
