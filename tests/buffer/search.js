'use strict';
// indexOf / lastIndexOf / includes: numbers, strings in every encoding,
// Buffers and Uint8Arrays, with every kind of byteOffset (negative, past the
// end, fractional, non-numeric, strings taken as the encoding).

function show(label, fn) {
  try {
    console.log(label, String(fn()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

function main() {
  const buf = Buffer.from('abcabc\u00e9\u20acab');
  const needles = ['a', 'b', 'c', 'ab', 'bc', 'abc', 'cab', '\u00e9', '\u20ac', 'x', '', 'abcabc\u00e9\u20acab', 'abcabc\u00e9\u20acabX',
    97, 98, 0x100 + 97, -159, 97.9, 0x1ff, NaN, Buffer.from('ca'), new Uint8Array([0x82]), Buffer.alloc(0)];
  const offsets = [undefined, 0, 1, 2, 3, 5, 9, 12, 13, 14, 20, -1, -2, -3, -5, -14, -15, -100, 1.5, -1.5, '1',
    null, NaN, [], [2], {}, true, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 5, 2 ** 40];
  const label = (v) => (Buffer.isBuffer(v) || v instanceof Uint8Array ? `<${Buffer.from(v).toString('hex')}>` :
    typeof v === 'number' ? String(v) : JSON.stringify(v));
  for (const n of needles) {
    const line = [];
    for (const off of offsets) {
      let r;
      try {
        r = `${buf.indexOf(n, off)}/${buf.lastIndexOf(n, off)}/${buf.includes(n, off) ? 1 : 0}`;
      } catch (e) {
        r = e.code;
      }
      line.push(r);
    }
    console.log(label(n), line.join(' '));
  }

  // Encodings for string needles.
  const u = Buffer.from('a\u0100b\u0100\ud83d\ude00ab', 'ucs2');
  for (const enc of ['ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'utf8', 'ascii', 'hex', 'base64', 'base64url']) {
    for (const n of ['a', 'b', '\u0100', 'b\u0100', '\ud83d', '\ude00', 'ab', '6100', '0001', 'YQA', 'AQ', '', '\u0061\u0000']) {
      show(`${enc} ${JSON.stringify(n)}`, () => [u.indexOf(n, enc), u.indexOf(n, 1, enc), u.lastIndexOf(n, enc),
                                                 u.lastIndexOf(n, 5, enc), u.includes(n, -4, enc)].join(' '));
    }
  }
  // ucs2 against odd lengths and odd offsets.
  const odd = Buffer.from('abcde');
  for (const n of ['b', 'bc', 'zz', 'e']) {
    show(`odd ucs2 ${n}`, () => [odd.indexOf(n, 'ucs2'), odd.lastIndexOf(n, 'ucs2'), odd.indexOf(Buffer.from(n), 0, 'ucs2'),
                                  odd.lastIndexOf(Buffer.from(n), 4, 'ucs2'), odd.indexOf(Buffer.from(n, 'ucs2'), 1, 'ucs2')].join(' '));
  }
  const u2 = Buffer.from([0x61, 0x62, 0x61, 0x62, 0x61]);
  show('ucs2 aligned', () => [u2.indexOf(Buffer.from([0x62, 0x61]), 0, 'ucs2'), u2.indexOf(Buffer.from([0x61, 0x62]), 1, 'ucs2'),
                              u2.lastIndexOf(Buffer.from([0x61, 0x62]), 4, 'ucs2'), u2.lastIndexOf(Buffer.from([0x62, 0x61]), -1, 'ucs2')].join(' '));

  // A Buffer needle ignores the encoding unless it is ucs2; an unknown
  // encoding is an error only for strings.
  show('buffer needle bad enc', () => buf.indexOf(Buffer.from('c'), 0, 'utf9'));
  show('string needle bad enc', () => buf.indexOf('c', 0, 'utf9'));
  show('string needle enc as offset', () => buf.indexOf('YWI', 'base64'));
  show('number needle bad enc', () => buf.indexOf(99, 0, 'utf9'));
  for (const bad of [true, null, undefined, {}, [97], Symbol.iterator, 1n, new Uint16Array([97]), new DataView(new ArrayBuffer(1))]) {
    show(`needle ${typeof bad}`, () => buf.indexOf(bad));
  }

  // Empty haystacks.
  const empty = Buffer.alloc(0);
  for (const n of ['', 'a', 0, Buffer.alloc(0), Buffer.from('a')]) {
    show(`empty ${label(n)}`, () => [empty.indexOf(n), empty.lastIndexOf(n), empty.indexOf(n, 5), empty.lastIndexOf(n, -5),
                                      empty.includes(n)].join(' '));
  }
  // Other receivers.
  show('indexOf on Uint8Array', () => Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3]), 2));
  show('indexOf on array', () => Buffer.prototype.indexOf.call([1, 2, 3], 2));
  show('lastIndexOf long', () => Buffer.from('xyz'.repeat(2000) + 'abc' + 'xyz'.repeat(2000)).lastIndexOf('abc'));
  show('indexOf long', () => Buffer.from('xyz'.repeat(2000) + 'abc' + 'xyz'.repeat(2000)).indexOf(Buffer.from('zab')));
}
main();
