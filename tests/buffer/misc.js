'use strict';
// swap16/32/64, toJSON, subarray/slice, iteration, util.inspect of Buffers,
// INSPECT_MAX_BYTES, transcode, isUtf8/isAscii, atob/btoa.

const util = require('util');
const buffer = require('buffer');

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
const seq = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = i & 0xff; return b; };

function main() {
  // Byte swapping, in JavaScript below 128/192 bytes and in Go above.
  for (const n of [0, 2, 3, 4, 6, 8, 16, 126, 128, 130, 190, 192, 200, 256, 1000]) {
    for (const m of ['swap16', 'swap32', 'swap64']) {
      show(`${m} ${n}`, () => { const b = seq(n); const r = b[m](); return `${r === b} ${b.subarray(0, 16).toString('hex')} ${b.subarray(-8).toString('hex')}`; });
    }
  }
  show('swap16 view', () => { const b = seq(8); b.subarray(1, 7).swap16(); return b; });
  show('swap32 on u8', () => Buffer.prototype.swap32.call(new Uint8Array([1, 2, 3, 4])).join());

  // toJSON and JSON round trips.
  show('toJSON', () => JSON.stringify(Buffer.from('hi')));
  show('toJSON empty', () => JSON.stringify(Buffer.alloc(0)));
  show('toJSON nested', () => JSON.stringify({ a: Buffer.from([1, 2]) }));
  show('JSON back', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());

  // subarray / slice share memory; offsets are clamped.
  const base = Buffer.from('0123456789');
  for (const args of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [100], [-100], [2, 100], [1.9, 4.9], ['2', '4'],
    [NaN, NaN], [null, null], [undefined, 3], [Infinity], [-Infinity, Infinity], [2 ** 32], [0, -(2 ** 32)]]) {
    show(`subarray(${args.map((v) => JSON.stringify(v)).join(', ')})`, () => base.subarray(...args).toString());
    show(`slice(${args.map((v) => JSON.stringify(v)).join(', ')})`, () => base.slice(...args).toString());
  }
  const s = base.slice(2, 5);
  s[0] = 0x41;
  console.log('shared', base.toString(), s.buffer === base.buffer, s.byteOffset - base.byteOffset, Buffer.isBuffer(s));
  console.log('u8 slice copies', Buffer.from(Uint8Array.prototype.slice.call(base, 0, 2)).toString(),
              Buffer.isBuffer(Uint8Array.prototype.slice.call(base, 0, 2)));

  // Iteration.
  const it = Buffer.from('ab');
  console.log([...it], [...it.keys()], [...it.values()], [...it.entries()].map((e) => e.join(':')).join(' '));
  const seen = [];
  for (const x of Buffer.from([3, 4])) seen.push(x);
  console.log(seen, Array.from(Buffer.from('xy')), Object.keys(Buffer.from('xyz')));

  // util.inspect.
  console.log(Buffer.from('hello'));
  console.log(Buffer.alloc(0));
  console.log(seq(50));
  console.log(seq(51));
  console.log(seq(52));
  console.log([Buffer.from('a'), { b: Buffer.from('bc') }]);
  console.log(util.inspect(Buffer.from('x'), { showHidden: true }));
  const extra = Buffer.from('ab');
  extra.name = 'n';
  extra[Symbol('s')] = 1;
  Object.defineProperty(extra, 'hidden', { value: 2, enumerable: false });
  console.log(extra);
  console.log(util.inspect(extra, { showHidden: true }));
  const emptyExtra = Buffer.alloc(0);
  emptyExtra.x = { deep: { er: [1, 2] } };
  console.log(emptyExtra);
  console.log(util.inspect(seq(3), { customInspect: false }));
  console.log(util.format('%o|%j', Buffer.from('q'), Buffer.from('q')));
  console.log(Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom], typeof Buffer.prototype.inspect);
  class MyBuf extends Buffer {}
  console.log(Object.setPrototypeOf(Buffer.from('my'), MyBuf.prototype));
  console.log(new Uint8Array(Buffer.from('u8')));

  // INSPECT_MAX_BYTES
  console.log(buffer.INSPECT_MAX_BYTES);
  buffer.INSPECT_MAX_BYTES = 2;
  console.log(seq(5), seq(3), seq(2));
  buffer.INSPECT_MAX_BYTES = 0;
  console.log(seq(1));
  show('INSPECT_MAX_BYTES -1', () => { buffer.INSPECT_MAX_BYTES = -1; });
  show('INSPECT_MAX_BYTES str', () => { buffer.INSPECT_MAX_BYTES = '3'; });
  buffer.INSPECT_MAX_BYTES = 50;
  console.log(Object.getOwnPropertyDescriptor(buffer, 'INSPECT_MAX_BYTES').enumerable,
              Object.getOwnPropertyDescriptor(buffer, 'constants').writable);

  // transcode between the ICU encodings.
  const { transcode } = buffer;
  const sources = {
    ascii: Buffer.from([0x61, 0xe9, 0x80, 0x7f]),
    latin1: Buffer.from([0x61, 0xe9, 0x80, 0xff]),
    ucs2: Buffer.from([0x61, 0, 0xe9, 0, 0xac, 0x20, 0x3d, 0xd8, 0x62, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xdc, 0x63]),
    ucs2ok: Buffer.from('a\u00e9\u20ac\ud83d\ude00', 'ucs2'),
    utf8: Buffer.from('a\u00e9\u20ac\ud83d\ude00'),
    utf8bad: Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xed, 0xa0, 0x80, 0xf0, 0x9f]),
  };
  for (const [name, src] of Object.entries(sources)) {
    for (const to of ['ascii', 'latin1', 'binary', 'ucs2', 'utf16le', 'UTF-16LE', 'utf8', 'utf-8', 'hex', 'base64', 'foo']) {
      const from = name.replace(/ok|bad/, '');
      try {
        console.log('transcode', name, to, transcode(src, from, to).toString('hex'));
      } catch (e) {
        console.log('transcode', name, to, e.name, e.code, e.errno, e.message, Object.keys(e).join());
      }
    }
  }
  show('transcode empty', () => transcode(Buffer.alloc(0), 'foo', 'bar'));
  show('transcode u8', () => transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
  show('transcode string', () => transcode('ab', 'utf8', 'ucs2'));
  show('transcode default', () => transcode(Buffer.from('ab'), undefined, 'ucs2'));
  show('transcode result', () => { const r = transcode(Buffer.from('ab'), 'utf8', 'latin1'); return `${Buffer.isBuffer(r)} ${r.byteOffset} ${r.buffer.byteLength}`; });

  // isUtf8 and isAscii.
  const { isUtf8, isAscii } = buffer;
  const probes = [[], [0x61], [0x80], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf],
    [0xf0, 0x9f, 0x98, 0x80], [0xc0, 0x80], [0x7f]];
  for (const p of probes) {
    show(`isUtf8/isAscii ${Buffer.from(p).toString('hex')}`, () => `${isUtf8(Buffer.from(p))} ${isAscii(Buffer.from(p))} ${isUtf8(new Uint8Array(p).buffer)}`);
  }
  show('isUtf8 u16', () => isUtf8(new Uint16Array([0x6261])));
  show('isAscii u16', () => isAscii(new Uint16Array([0x80])));
  for (const bad of ['a', [1], null, undefined, new DataView(new ArrayBuffer(1))]) {
    show(`isUtf8 ${typeof bad}`, () => isUtf8(bad));
    show(`isAscii ${typeof bad}`, () => isAscii(bad));
  }

  // atob / btoa.
  const domErr = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name} ${e.code} ${e.message} ${e instanceof Error} ${e.constructor.name}`; } };
  for (const v of ['', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'Y', 'YWJj', 'YW Jj\n', ' Y W J j ', 'YW=Jj', 'YWJj=', 'YWJj==',
    'YQ==YQ==', 'YR', 'YR==', '====', '=', 'YQ-_', 'YQ+/', '\u00e9', 'YWJ\u0161', 'YQ\t=\n=', 'YQ\u00a0', undefined, null,
    12345678, 'AAEC/w==', '//79']) {
    console.log('atob', JSON.stringify(v), domErr(() => atob(v)), domErr(() => buffer.atob(v)));
  }
  for (const v of ['', 'a', 'ab', 'abc', '\u00ff\u00fe\u0000', '\u0100', 'a\ud800', null, 123, undefined, {}]) {
    console.log('btoa', JSON.stringify(v), domErr(() => btoa(v)));
  }
  console.log(domErr(() => atob()), domErr(() => btoa()), atob === buffer.atob, btoa === buffer.btoa);
}
main();
