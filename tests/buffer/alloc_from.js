'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow / from / of / copyBytesFrom,
// the 8 KiB pool (slices share its ArrayBuffer, 8-byte aligned), SlowBuffer,
// and the errors of every entry point.

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

function main() {
  // Where pooled buffers land: before any output (Node's console takes
  // pool memory when stdout is a file).
  const offsets = [];
  const rec = (b) => offsets.push(`${b.length}@${b.byteOffset}/${b.buffer.byteLength}`);
  rec(Buffer.allocUnsafe(1));
  rec(Buffer.allocUnsafe(7));
  rec(Buffer.allocUnsafe(8));
  rec(Buffer.allocUnsafe(9));
  rec(Buffer.allocUnsafe(0));
  rec(Buffer.allocUnsafe(4095));
  rec(Buffer.allocUnsafe(4096));
  rec(Buffer.allocUnsafe(100));
  rec(Buffer.allocUnsafeSlow(10));
  rec(Buffer.alloc(10));
  rec(Buffer.from('abc'));
  rec(Buffer.from('héllo'));
  rec(Buffer.from('abc', 'ucs2'));
  rec(Buffer.from('YWJj', 'base64'));
  rec(Buffer.from('YQ', 'base64'));
  rec(Buffer.from('abcdef', 'hex'));
  rec(Buffer.from('zzzz', 'hex'));
  rec(Buffer.from([1, 2, 3]));
  rec(Buffer.from(new Uint8Array(5)));
  rec(Buffer.from(Buffer.from('xy')));
  rec(Buffer.from('x'.repeat(1500)));
  rec(Buffer.from('x'.repeat(1000)));
  rec(Buffer.from('é'.repeat(1000)));
  rec(Buffer.from('x'.repeat(5000)));
  rec(Buffer.of(1, 2));
  rec(Buffer.concat([Buffer.from('a'), Buffer.from('b')]));
  rec(Buffer.from('a').subarray(0));
  const p1 = Buffer.allocUnsafe(3);
  const p2 = Buffer.allocUnsafe(3);
  const sharing = [p1.buffer === p2.buffer, p2.byteOffset - p1.byteOffset, Buffer.alloc(3).buffer === p1.buffer,
                   Buffer.allocUnsafeSlow(3).buffer === p1.buffer];

  // A different pool size applies from the next pool on.
  Buffer.poolSize = 64;
  const q = [Buffer.allocUnsafe(20), Buffer.allocUnsafe(20), Buffer.allocUnsafe(31), Buffer.allocUnsafe(32)];
  const small = q.map((b) => `${b.byteOffset}/${b.buffer.byteLength}`).join(' ');
  Buffer.poolSize = 8192;
  const { SlowBuffer, kMaxLength, kStringMaxLength, constants } = require('buffer');
  console.log(offsets.join(' '));
  console.log(...sharing);
  console.log(small);

  const { Buffer: B } = require('buffer');
  console.log(B === Buffer, kMaxLength, kStringMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH);
  console.log(Object.keys(constants), Object.isFrozen(constants), Buffer.poolSize);

  for (const size of [0, 1, 5, 4.5, -1, NaN, Infinity, '5', null, undefined, 2 ** 32 + 1, {}, 1n]) {
    show(`alloc(${typeof size === 'bigint' ? '1n' : JSON.stringify(size)})`, () => Buffer.alloc(size));
    show(`allocUnsafe(${typeof size === 'bigint' ? '1n' : JSON.stringify(size)})`, () => Buffer.allocUnsafe(size).length);
    show(`allocUnsafeSlow(${typeof size === 'bigint' ? '1n' : JSON.stringify(size)})`, () => Buffer.allocUnsafeSlow(size).length);
    show(`SlowBuffer(${typeof size === 'bigint' ? '1n' : JSON.stringify(size)})`, () => SlowBuffer(size).length);
  }

  // alloc with fill.
  const fills = [[5, 'a'], [5, 'ab'], [5, 'abc', 'ucs2'], [5, 'YWJj', 'base64'], [5, '6162', 'hex'], [5, 0x101],
    [5, 0], [5, -1], [5, Buffer.from('xyz')], [5, new Uint8Array([1, 2])], [5, ''], [0, 'a'], [3, 'é'], [3, '€'],
    [5, 'zz', 'hex'], [5, 'a', 'utf9'], [5, true], [5, null], [4, 'ab', 5], [5, new Uint16Array([0x102])]];
  for (const args of fills) {
    show(`alloc${JSON.stringify(args)}`, () => Buffer.alloc(...args));
  }

  // Buffer.from with every kind of source.
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  show('from ab', () => Buffer.from(ab));
  show('from ab 2', () => Buffer.from(ab, 2));
  show('from ab 2 3', () => Buffer.from(ab, 2, 3));
  show('from ab "2" "3"', () => Buffer.from(ab, '2', '3'));
  show('from ab NaN', () => Buffer.from(ab, NaN, 2));
  show('from ab 8', () => Buffer.from(ab, 8));
  show('from ab 9', () => Buffer.from(ab, 9));
  show('from ab 2 7', () => Buffer.from(ab, 2, 7));
  show('from ab 2 -1', () => Buffer.from(ab, 2, -1));
  show('from ab 2 NaN', () => Buffer.from(ab, 2, NaN));
  show('from ab 1.5 2.5', () => Buffer.from(ab, 1.5, 2.5));
  const shared = Buffer.from(ab, 1, 4);
  shared[0] = 0xff;
  console.log('shares memory', new Uint8Array(ab)[1], shared.buffer === ab, shared.byteOffset);
  show('from array', () => Buffer.from([1, 2, 256, -1, 1.9, 'a', '7', null, undefined, {}]));
  show('from empty array', () => Buffer.from([]));
  show('from array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
  show('from array-like bad length', () => Buffer.from({ length: '3', 0: 9 }));
  show('from array-like neg length', () => Buffer.from({ length: -3 }));
  show('from json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
  show('from json bad', () => Buffer.from({ type: 'Buffer', data: 'abc' }));
  show('from u16', () => Buffer.from(new Uint16Array([1, 0x1ff, 0xffff])));
  show('from f64', () => Buffer.from(new Float64Array([1.5, -1, 300])));
  show('from dataview', () => Buffer.from(new DataView(ab)));
  show('from buffer copy', () => { const a = Buffer.from('abc'); const b = Buffer.from(a); b[0] = 0x7a; return a; });
  show('from valueOf string', () => Buffer.from(new String('hey')));
  show('from valueOf object', () => Buffer.from({ valueOf() { return 'abc'; } }));
  show('from valueOf buffer', () => Buffer.from({ valueOf() { return Buffer.from('q'); } }));
  show('from valueOf number', () => Buffer.from({ valueOf() { return 5; } }));
  show('from toPrimitive', () => Buffer.from({ [Symbol.toPrimitive](hint) { return `hint:${hint}`; } }));
  show('from toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return '6162'; } }, 'hex'));
  show('from toPrimitive number', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));
  show('from valueOf + encoding', () => Buffer.from(new String('6162'), 'hex'));
  for (const v of [5, true, null, undefined, Symbol('s'), () => 1, 1n]) {
    show(`from ${typeof v}`, () => Buffer.from(v));
  }
  show('from object', () => Buffer.from({}));
  show('from string enc offset', () => Buffer.from('abc', 'utf8', 1));

  // Buffer.of and copyBytesFrom.
  show('of', () => Buffer.of(1, 2, 300, -1, 'a'));
  show('of empty', () => Buffer.of());
  show('of is constructor', () => typeof Buffer.of.prototype);
  const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
  show('copyBytesFrom', () => Buffer.copyBytesFrom(u16));
  show('copyBytesFrom 1', () => Buffer.copyBytesFrom(u16, 1));
  show('copyBytesFrom 1 1', () => Buffer.copyBytesFrom(u16, 1, 1));
  show('copyBytesFrom 0 0', () => Buffer.copyBytesFrom(u16, 0, 0));
  show('copyBytesFrom 5', () => Buffer.copyBytesFrom(u16, 5));
  show('copyBytesFrom -1', () => Buffer.copyBytesFrom(u16, -1));
  show('copyBytesFrom 1.5', () => Buffer.copyBytesFrom(u16, 1.5));
  show('copyBytesFrom len big', () => Buffer.copyBytesFrom(u16, 1, 10));
  show('copyBytesFrom bad len', () => Buffer.copyBytesFrom(u16, 0, '1'));
  show('copyBytesFrom empty', () => Buffer.copyBytesFrom(new Float32Array(0)));
  show('copyBytesFrom array', () => Buffer.copyBytesFrom([1, 2]));
  show('copyBytesFrom buffer', () => Buffer.copyBytesFrom(new DataView(ab)));
  show('copyBytesFrom copies', () => { const s = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(s); s[0] = 9; return b; });

  // Buffer() and new Buffer() (deprecated) act like alloc and from.
  show('Buffer(3)', () => Buffer(3));
  show('new Buffer(3)', () => new Buffer(3));
  show('Buffer("ab")', () => Buffer('ab'));
  show('new Buffer("6162", "hex")', () => new Buffer('6162', 'hex'));
  show('Buffer(3, "utf8")', () => Buffer(3, 'utf8'));
  show('Buffer([1,2])', () => Buffer([1, 2]));
  show('Buffer(-1)', () => Buffer(-1));
  show('Buffer()', () => Buffer());

  // The shape of the class.
  const b = Buffer.from('ab');
  console.log(b instanceof Buffer, b instanceof Uint8Array, Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)),
              Buffer.isBuffer('ab'), Buffer.isBuffer(), Object.getPrototypeOf(Buffer) === Uint8Array,
              Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, b.constructor === Buffer,
              Buffer.prototype.constructor === Buffer, Buffer.name, Buffer.length, typeof Buffer[Symbol.species],
              Buffer[Symbol.species] === Buffer, Object.prototype.toString.call(b));
  console.log(Object.getOwnPropertyNames(Buffer).filter((n) => !['length', 'name', 'prototype', 'arguments', 'caller'].includes(n)));
  console.log(Object.getOwnPropertyNames(Buffer.prototype));
  console.log(Object.keys(Buffer.prototype).length, Object.keys(require('buffer')));
  console.log(b.parent === b.buffer, b.offset === b.byteOffset, Buffer.prototype.parent, Buffer.prototype.offset,
              Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(1)));
  const mapped = b.map((x) => x + 1);
  console.log(mapped.constructor === Buffer, Buffer.isBuffer(mapped), mapped.toString(), b.filter((x) => x > 97).toString());
  const sub = b.subarray(1);
  console.log(sub.constructor.name, Buffer.isBuffer(new Uint8Array(b).subarray(0)));
  console.log(SlowBuffer.name, Object.getPrototypeOf(SlowBuffer) === Uint8Array, Buffer.isBuffer(SlowBuffer(2)),
              Object.getPrototypeOf(SlowBuffer.prototype) === Uint8Array.prototype);
  console.log(typeof Buffer.from, Buffer.from.name, Buffer.alloc.name, Buffer.prototype.readUint8.name,
              Buffer.prototype.utf8Slice.name, Buffer.prototype.hexWrite.name, Buffer.prototype.readUint8 === Buffer.prototype.readUInt8);
}
main();
