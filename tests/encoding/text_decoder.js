'use strict';
// TextDecoder: labels, utf-8 / utf-16le / utf-16be / latin1 and the legacy
// encodings Node decodes with ICU, fatal mode, BOM handling, streaming with
// characters split across chunks, input kinds and errors.

const util = require('util');
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ') || '(empty)';
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? codes(r) : util.inspect(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const B = (...a) => new Uint8Array(a);

function main() {
  console.log(TextDecoder === util.TextDecoder, TextDecoder.length, TextDecoder.name);
  const d = new TextDecoder();
  console.log(d, d.encoding, d.fatal, d.ignoreBOM, Object.prototype.toString.call(d));
  console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })));
  console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.keys(TextDecoder.prototype));

  // Labels: exact, case-insensitive, ASCII-whitespace-trimmed.
  const labels = ['utf-8', 'UTF8', ' utf-8 ', '\tunicode-1-1-utf-8\n', 'unicode11utf8', 'x-unicode20utf8', 'utf-16', 'utf-16le',
    'UTF-16LE', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff', 'utf-16be', 'unicodefffe', 'latin1', 'ascii',
    'us-ascii', 'iso-8859-1', 'iso8859-1', 'cp1252', 'windows-1252', 'l1', 'x-cp1252', 'iso-8859-2', 'l2', 'iso-8859-15',
    'koi8-r', 'koi', 'koi8-u', 'windows-1251', 'x-mac-cyrillic', 'macintosh', 'mac', 'gbk', 'gb2312', 'chinese', 'gb18030',
    'big5', 'big5-hkscs', 'shift_jis', 'sjis', 'ms_kanji', 'windows-31j', 'euc-jp', 'iso-2022-jp', 'euc-kr', 'korean',
    'windows-874', 'tis-620', 'iso-8859-8-i', 'logical', 'ibm866', '866', 'iso-8859-16', 'replacement', 'iso-2022-kr',
    'hz-gb-2312', 'x-user-defined', 'utf8 ', '\u00a0utf-8', 'utf-7', 'utf-32', 'foo', '', 'utf\u00ad8', 'UTF-8\u0000'];
  for (const l of labels) show(`label ${JSON.stringify(l)}`, () => new TextDecoder(l).encoding);
  show('label undefined', () => new TextDecoder(undefined).encoding);
  show('label null', () => new TextDecoder(null).encoding);
  show('label object', () => new TextDecoder({ toString() { return 'latin1'; } }).encoding);
  show('options number', () => new TextDecoder('utf-8', 5));
  show('options null', () => new TextDecoder('utf-8', null).fatal);
  show('options array', () => new TextDecoder('utf-8', []).fatal);
  show('options function', () => new TextDecoder('utf-8', () => 1).fatal);
  show('options truthy', () => { const t = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }); return [t.fatal, t.ignoreBOM]; });

  // UTF-8, whole inputs.
  const utf8 = [[], [0x61], [0xef, 0xbb, 0xbf, 0x61], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xef, 0xbb],
    [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], [0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82],
    [0xf0, 0x9f, 0x98, 0x41], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x81], [0xef, 0xbf, 0xbd]];
  for (const b of utf8) {
    const hex = Buffer.from(b).toString('hex');
    show(`utf8 ${hex}`, () => new TextDecoder().decode(B(...b)));
    show(`utf8 fatal ${hex}`, () => new TextDecoder('utf-8', { fatal: true }).decode(B(...b)));
    show(`utf8 ignoreBOM ${hex}`, () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(B(...b)));
  }
  // Input kinds.
  const ab = new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer;
  for (const [name, input] of [['ArrayBuffer', ab], ['DataView', new DataView(ab, 1, 2)], ['Uint16Array', new Uint16Array(ab, 2)],
    ['Buffer', Buffer.from('buf')], ['subarray', Buffer.from('xyz').subarray(1)], ['undefined', undefined], ['null', null],
    ['string', 'abc'], ['array', [97]], ['number', 5], ['object', {}]]) {
    for (const enc of ['utf-8', 'utf-16le', 'latin1', 'gbk']) {
      show(`input ${name} ${enc}`, () => new TextDecoder(enc).decode(input));
    }
    show(`input ${name} utf-8 fatal`, () => new TextDecoder('utf-8', { fatal: true }).decode(input));
  }
  // Options of decode().
  for (const enc of ['utf-8', 'utf-16le', 'latin1']) {
    show(`decode options 5 ${enc}`, () => new TextDecoder(enc).decode(B(0x61, 0), 5));
    show(`decode options null ${enc}`, () => new TextDecoder(enc).decode(B(0x61, 0), null));
    show(`decode options stream 5 ${enc}`, () => { const t = new TextDecoder(enc); t.decode(B(), { stream: true }); return t.decode(B(0x61, 0), 5); });
  }
  show('decode on other', () => TextDecoder.prototype.decode.call({}, B(0x61)));
  show('encoding on other', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call(null));
  show('fatal on other', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call({}));

  // UTF-8 streaming: characters split across chunks, BOM only at the start of
  // a stream, state reset by a final decode.
  const stream = (label, dec, chunks) => {
    const out = [];
    for (const [bytes, opts] of chunks) {
      try {
        out.push(codes(dec.decode(bytes === undefined ? undefined : B(...bytes), opts)));
      } catch (e) {
        out.push(`${e.code}`);
      }
    }
    console.log(label, out.join(' | '));
  };
  const S = { stream: true };
  stream('s1', new TextDecoder(), [[[0xef, 0xbb], S], [[0xbf, 0x61, 0xe2, 0x82], S], [[0xac, 0xf0], S], [undefined]]);
  stream('s2', new TextDecoder(), [[[0xef, 0xbb, 0xbf, 0x62]], [[0xef, 0xbb, 0xbf, 0x62], S], [[0xef, 0xbb, 0xbf, 0x62], S], [[]]]);
  stream('s3', new TextDecoder(), [[[0xf0], S], [[0x9f], S], [[0x98], S], [[0x80], S], [[0xf0, 0x9f], S], [[0x41], S], [[0xf0, 0x9f]]]);
  stream('s4', new TextDecoder('utf-8', { fatal: true }), [[[0xe2, 0x82], S], [[0xac]], [[0xe2, 0x82], S], [undefined], [[0x61]], [[0xff], S], [[0x62]]]);
  stream('s5', new TextDecoder('utf-8', { ignoreBOM: true }), [[[0xef], S], [[0xbb, 0xbf, 0x61], S], [[]]]);
  stream('s6', new TextDecoder(), [[[], S], [[0xef, 0xbb, 0xbf], S], [[0x61]]]);
  stream('s7', new TextDecoder(), [[[0xc3], S], [[0xc3], S], [[0xa9]]]);
  const big = Buffer.from('é€😀'.repeat(100));
  const sd = new TextDecoder();
  let acc = '';
  for (let i = 0; i < big.length; i += 7) acc += sd.decode(big.subarray(i, i + 7), S);
  acc += sd.decode();
  console.log('chunked', acc === 'é€😀'.repeat(100), acc.length);

  // UTF-16.
  const u16 = [[0x61, 0], [0x61, 0, 0x62], [0x00, 0xd8, 0x61, 0], [0x00, 0xdc, 0x61, 0], [0x61, 0, 0x00, 0xd8], [0xff, 0xfe, 0x61, 0],
    [0xfe, 0xff, 0, 0x61], [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xde, 0x3d, 0xd8], [0x61]];
  for (const b of u16) {
    const hex = Buffer.from(b).toString('hex');
    show(`utf16le ${hex}`, () => new TextDecoder('utf-16le').decode(B(...b)));
    show(`utf16le fatal ${hex}`, () => new TextDecoder('utf-16le', { fatal: true }).decode(B(...b)));
    show(`utf16le ignoreBOM ${hex}`, () => new TextDecoder('utf-16le', { ignoreBOM: true }).decode(B(...b)));
    show(`utf16be ${hex}`, () => new TextDecoder('utf-16be').decode(B(...b)));
  }
  stream('u1', new TextDecoder('utf-16le'), [[[0xff], S], [[0xfe, 0x61], S], [[0x00, 0x3d], S], [[0xd8, 0x00], S], [[0xde], S], [[0x3d, 0xd8]]]);
  stream('u2', new TextDecoder('utf-16be'), [[[0xfe, 0xff, 0xd8], S], [[0x3d, 0xde, 0x00, 0x00], S], [[0x62]]]);
  stream('u3', new TextDecoder('utf-16le', { fatal: true }), [[[0x00, 0xd8], S], [[0x61, 0x00]], [[0x62, 0]], [[0x63]]]);

  // Latin-1: the whole-input path decodes 0x80-0x9f as C1 controls, the
  // streaming converter as windows-1252 (and keeps doing so).
  const all = new Uint8Array(256).map((_, i) => i);
  show('latin1 all', () => new TextDecoder('latin1').decode(all));
  show('latin1 bom', () => new TextDecoder('latin1').decode(B(0xef, 0xbb, 0xbf)));
  stream('l1', new TextDecoder('windows-1252'), [[[0x80, 0x41]], [[0x80, 0x9f], S], [[0x80, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x9f]]]);

  // Legacy encodings (ICU in Node): every byte of the single-byte ones.
  const single = ['ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
    'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'koi8-r', 'koi8-u', 'macintosh', 'windows-874',
    'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
    'windows-1258', 'x-mac-cyrillic'];
  for (const e of single) show(`single ${e}`, () => new TextDecoder(e).decode(all.subarray(0x80)));
  show('single fatal undefined byte', () => new TextDecoder('iso-8859-3', { fatal: true }).decode(B(0xa5)));
  show('single fatal ok', () => new TextDecoder('windows-1251', { fatal: true }).decode(B(0xc0, 0x98)));
  // Multi-byte legacy encodings with valid text.
  const multi = [
    ['gbk', [0xc4, 0xe3, 0xba, 0xc3, 0x80, 0x41]],
    ['gb18030', [0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30, 0x80, 0x95, 0x32, 0x82, 0x36]],
    ['big5', [0xa4, 0xa4, 0xa4, 0xe5, 0x41]],
    ['shift_jis', [0x82, 0xa0, 0x83, 0x41, 0x41, 0xb1]],
    ['euc-jp', [0xa4, 0xa2, 0xb0, 0xa1, 0x8e, 0xb1]],
    ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x61]],
    ['euc-kr', [0xb0, 0xa1, 0xc7, 0xd1, 0x41]],
  ];
  for (const [e, b] of multi) {
    show(`multi ${e}`, () => new TextDecoder(e).decode(B(...b)));
    stream(`multi stream ${e}`, new TextDecoder(e), b.map((x, i) => [[x], i < b.length - 1 ? S : undefined]));
  }
}
main();
