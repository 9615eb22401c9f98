'use strict';
// compare, equals, copy, concat, fill and write, with their argument checks.

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
const j = (v) => (typeof v === 'bigint' ? `${v}n` : JSON.stringify(v));

function main() {
  const a = Buffer.from('abcd');
  const b = Buffer.from('abce');
  const c = Buffer.from('abc');
  show('compare a b', () => Buffer.compare(a, b));
  show('compare b a', () => Buffer.compare(b, a));
  show('compare a c', () => Buffer.compare(a, c));
  show('compare c a', () => Buffer.compare(c, a));
  show('compare a a', () => Buffer.compare(a, a));
  show('compare u8', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([1, 0])));
  show('compare empty', () => Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
  show('compare bad1', () => Buffer.compare('a', b));
  show('compare bad2', () => Buffer.compare(a, [1]));
  show('sort', () => [b, c, a, Buffer.from('')].sort(Buffer.compare).map((x) => x.toString()).join());
  show('equals', () => [a.equals(a), a.equals(Buffer.from('abcd')), a.equals(b), a.equals(c), a.equals(new Uint8Array([97, 98, 99, 100]))].join());
  show('equals bad', () => a.equals('abcd'));
  show('equals empty', () => Buffer.alloc(0).equals(new Uint8Array(0)));

  // buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)
  const src = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const tgt = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3]);
  const cmpArgs = [[], [0], [5], [5, 8], [0, 4, 4], [0, 4, 4, 9], [5, 8, 0, 3], [5, 8, 0, 4], [5, 6, 0, 2],
    [0, 0], [0, 0, 0, 0], [3, 3, 5, 5], [3, 3, 5, 6], [9], [8, 8, 9, 9], [10], [0, 9], [0, 8, 10], [0, 8, 0, 10],
    [-1], [1.5], ['1'], [undefined, undefined, 2], [null], [0, undefined, undefined, 4], [2 ** 32], [2 ** 32 + 1], [0, 8, 2 ** 32]];
  for (const args of cmpArgs) {
    show(`src.compare(tgt, ${args.map(j).join(', ')})`, () => src.compare(tgt, ...args));
  }
  show('compare bad target', () => src.compare('x'));

  // copy(target, targetStart, sourceStart, sourceEnd)
  const copyArgs = [[], [2], [2, 1], [2, 1, 3], [0, 0, 100], [9], [10], [-1], [0, -1], [0, 10], [0, 9], [0, 8, 2],
    [0, 0, -1], [1.5, 1.5, 3.5], ['1', '2', '4'], ['x', 'y', 'z'], [null, null, null], [NaN, NaN, NaN],
    [Infinity], [0, Infinity], [0, 0, Infinity], [2 ** 53], [true, true, true], [{}, [], [5]]];
  for (const args of copyArgs) {
    show(`copy(${args.map(j).join(', ')})`, () => {
      const t = Buffer.alloc(6, 0x2e);
      const n = Buffer.from('abcdefghi').copy(t, ...args);
      return `${n} ${t.toString()}`;
    });
  }
  show('copy to Uint8Array', () => { const t = new Uint8Array(3); return `${Buffer.from('xyz').copy(t)} ${t.join()}`; });
  show('copy from Uint8Array', () => { const t = Buffer.alloc(3); return `${Buffer.prototype.copy.call(new Uint8Array([1, 2]), t, 1)} ${t.toString('hex')}`; });
  show('copy bad target', () => Buffer.from('a').copy('x'));
  show('copy bad target u16', () => Buffer.from('a').copy(new Uint16Array(2)));
  show('copy overlap fwd', () => { const x = Buffer.from('abcdefgh'); x.copy(x, 2, 0, 5); return x.toString(); });
  show('copy overlap back', () => { const x = Buffer.from('abcdefgh'); x.copy(x, 0, 2, 7); return x.toString(); });
  show('copy subarray view', () => { const x = Buffer.from('abcdefgh'); x.subarray(4).copy(x.subarray(1, 3)); return x.toString(); });

  // concat
  const parts = [Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0), Buffer.from('de')];
  for (const len of [undefined, 0, 3, 5, 8, -1, 1.5, '3', null, 2 ** 33]) {
    show(`concat ${j(len)}`, () => Buffer.concat(parts, len));
  }
  show('concat empty', () => Buffer.concat([]));
  show('concat one', () => { const one = Buffer.from('z'); const r = Buffer.concat([one]); return `${r === one} ${r}`; });
  show('concat bad list', () => Buffer.concat('ab'));
  show('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
  show('concat bad item arraylike', () => Buffer.concat([Buffer.from('a'), [1, 2]]));
  show('concat u16', () => Buffer.concat([new Uint16Array([1])]));
  show('concat length from items', () => Buffer.concat([{ length: 2 }, Buffer.from('a')]));

  // fill
  const fills = [[0], [1], [255], [256], [-1], [1.9], ['a'], ['ab'], ['abc', 1], ['abc', 1, 5], ['abc', 1, 'hex'],
    ['616', 'hex'], ['6162', 'hex'], ['6162zz', 'hex'], ['zz', 'hex'], ['', 'hex'], [''], ['\u00e9'], ['\u00e9', 'latin1'],
    ['\u0100', 'latin1'], ['\u20ac'], ['\u20ac', 'ucs2'], ['a', 'ucs2'], ['YWJj', 'base64'], ['Y', 'base64'],
    ['YW Jj', 'base64url'], ['a', 'ascii'], ['\u00ff', 'ascii'], ['a', 'utf9'], ['a', 0, 1, 5], ['a', 0, 1, null],
    ['a', 0, 1, 'UTF-8'], [Buffer.from('xy')], [Buffer.from('xy'), 1, 4], [Buffer.alloc(0)], [new Uint16Array([0x6162])],
    [new DataView(new Uint8Array([0x71, 0x72]).buffer)], [true], [false], [null], [undefined], [{}], [{ valueOf() { return 0x41; } }],
    [[0x42]], [0, 2], [0, 2, 4], [1, 6], [1, 7], [1, -1], [1, 1.5], [1, '1'], [1, 2, 2], [1, 3, 2], [1, 0, 6], [1, 0, 7],
    [1, 0, -1], [1, 0, '2'], [1, undefined, 2], ['a', undefined, 2], ['a', 2, undefined], [1, 2 ** 32], [1, 2 ** 32 + 1]];
  for (const args of fills) {
    show(`fill(${args.map((v) => (ArrayBuffer.isView(v) ? `<${v.constructor.name}>` : typeof v === 'object' && v !== null && !Array.isArray(v) ? '{}' : j(v))).join(', ')})`,
         () => Buffer.alloc(6, 0x2e).fill(...args));
  }
  show('fill returns this', () => { const x = Buffer.alloc(2); return x.fill(1) === x; });
  show('fill u8 receiver', () => Buffer.prototype.fill.call(new Uint8Array(3), 'ab').join());
  show('fill long pattern', () => Buffer.alloc(20).fill('0123456789abc'));
  show('fill 1000', () => Buffer.alloc(1000).fill('xyz', 1).toString().slice(-10));
  show('fill bigint', () => Buffer.alloc(2).fill(1n));

  // write
  const writes = [['abc'], ['abc', 1], ['abc', 1, 1], ['abc', 4], ['abc', 5], ['abc', 6], ['abc', -1], ['abc', 1.5],
    ['abc', '1'], ['abc', 'hex'], ['6162', 'hex'], ['6162', 1, 'hex'], ['6162', 1, 1, 'hex'], ['6162', 1, 10, 'hex'],
    ['abc', 0, -1], ['abc', 0, 6], ['abc', 0, 7], ['abc', 0, 1.5], ['abc', 0, 'x'], ['abc', 0, 2, 'utf9'], ['abc', 'utf9'],
    ['abc', undefined, 'hex'], ['abc', 0, undefined, 'ucs2'], ['abc', null], ['\u20ac\u20ac'], ['\u20ac\u20ac', 2],
    ['\u20ac', 4], ['\u20ac', 3], ['a\ud83d\ude00', 0], ['a\ud83d\ude00', 2], ['\ud83d\ude00', 3], ['\ud800', 3],
    ['\ud800\ud800', 0], ['abc', 0, 2, 'ucs2'], ['abc', 0, 3, 'ucs2'], ['abc', 'latin1'], ['\u0100\u00e9', 'binary'],
    ['YWJjZGVm', 'base64'], ['YWJj ZGVm', 0, 4, 'base64'], ['_-_-', 'base64url'], ['abc', 'ascii'], ['\u00e9', 'ascii'],
    [123], [null], [undefined], [{}], ['abc', 0, 3, 'utf8'], ['abc', 2, 'UCS2']];
  for (const args of writes) {
    show(`write(${args.map(j).join(', ')})`, () => {
      const x = Buffer.alloc(6, 0x2e);
      const n = x.write(...args);
      return `${n} ${x.toString('hex')}`;
    });
  }

  // The per-encoding methods.
  const methods = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
  for (const m of methods) {
    for (const args of [[], [0], [1, 3], [3, 1], [0, 6], [0, 7], [7], [6], [-1], [0, -1], [1.9, 3.9], ['1', '3'], [null, null], [NaN, NaN], [undefined, 2]]) {
      show(`${m}Slice(${args.map(j).join(', ')})`, () => Buffer.from('a\u00e9bcd').ucs2Write ? Buffer.from([0x61, 0xc3, 0xa9, 0x62, 0x63, 0x64])[`${m}Slice`](...args) : 0);
    }
    for (const args of [['YWJj'], ['YWJj', 1], ['YWJj', 1, 2], ['YWJj', 6], ['YWJj', 7], ['YWJj', -1], ['YWJj', 0, -1], ['YWJj', 0, 100],
      [5], ['YWJj', '2'], ['YWJj', 2.5, 2.5], ['YWJj', NaN, NaN], ['YWJj', undefined, 1]]) {
      show(`${m}Write(${args.map(j).join(', ')})`, () => {
        const x = Buffer.alloc(6, 0x2e);
        const n = x[`${m}Write`](...args);
        return `${n} ${x.toString('hex')}`;
      });
    }
  }
  show('utf8Slice on empty', () => Buffer.alloc(0).utf8Slice(5, 10));
  show('utf8Slice on non-buffer', () => Buffer.prototype.utf8Slice.call({}, 0, 1));
  show('utf8Slice on u16', () => Buffer.prototype.utf8Slice.call(new Uint16Array([0x6261]), 0, 2));
  show('hexWrite on non-buffer', () => Buffer.prototype.hexWrite.call([], 'ab'));
  show('latin1Write on dataview', () => { const d = new DataView(new ArrayBuffer(3)); Buffer.prototype.latin1Write.call(d, 'xyz', 1); return new Uint8Array(d.buffer).join(); });
}
main();
