'use strict';
// Numeric reads and writes: every method and alias, both byte orders, 1–6
// byte variable widths, BigInt, floats; bounds, offsets and value ranges with
// Node's errors; writes return offset + bytes.

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'bigint' ? `${r}n` : Object.is(r, -0) ? '-0' : String(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

function main() {
  const src = Buffer.from([0x01, 0x82, 0x03, 0xf4, 0x85, 0x06, 0x97, 0xf8, 0x09, 0xfa]);
  const fixed = ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readUint16BE',
    'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUint32LE', 'readUint32BE', 'readInt32LE',
    'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE',
    'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE'];
  const offsets = [undefined, 0, 1, 2, 3, 5, 6, 8, 9, 10, -1, 1.5, '1', null, NaN, Infinity, 2 ** 53, true, {}];
  for (const m of fixed) {
    for (const off of offsets) {
      show(`${m}(${JSON.stringify(off)})`, () => src[m](off));
    }
  }
  for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
    for (let bl = 0; bl <= 7; bl++) {
      for (const off of [0, 1, 3, 4, 5, 9, -1]) show(`${m}(${off}, ${bl})`, () => src[m](off, bl));
    }
    show(`${m}()`, () => src[m]());
    show(`${m}(0)`, () => src[m](0));
    show(`${m}(0, 1.5)`, () => src[m](0, 1.5));
    show(`${m}(0, "2")`, () => src[m](0, '2'));
    show(`${m}(undefined, 2)`, () => src[m](undefined, 2));
    show(`${m}(0.5, 2)`, () => src[m](0.5, 2));
  }
  show('empty readUInt8', () => Buffer.alloc(0).readUInt8());
  show('empty readUInt32LE', () => Buffer.alloc(0).readUInt32LE(0));
  show('short readDoubleBE', () => Buffer.alloc(4).readDoubleBE(0));
  show('short readUIntLE', () => Buffer.alloc(3).readUIntLE(0, 6));

  // Special float values.
  const f = Buffer.alloc(8);
  for (const v of [0, -0, 1.5, -2.25, 3.4e38, 3.5e38, 1e-45, NaN, Infinity, -Infinity, Math.PI, 2 ** -1074, '7', null, undefined, {}]) {
    show(`float ${String(v)}`, () => { f.fill(0); const r = f.writeFloatLE(v, 1); return `${r} ${f.toString('hex')} ${f.readFloatLE(1)} ${f.readFloatBE(1)}`; });
    show(`double ${String(v)}`, () => { const r = f.writeDoubleBE(v); return `${r} ${f.toString('hex')} ${f.readDoubleBE()} ${f.readDoubleLE()}`; });
  }

  // Integer writes: value ranges, wrapping of fractions and negatives.
  const w = Buffer.alloc(10);
  const writers = [
    ['writeUInt8', [0, 255, 256, -1, 1.7, 127.5, '12', NaN, null, undefined, true]],
    ['writeUint8', [200]],
    ['writeInt8', [-128, 127, 128, -129, -1.5, '5']],
    ['writeUInt16LE', [0, 0xffff, 0x10000, -1, 0x1234]],
    ['writeUInt16BE', [0x1234, 65535.9]],
    ['writeUint16LE', [1]], ['writeUint16BE', [1]],
    ['writeInt16LE', [-0x8000, 0x7fff, 0x8000, -1]],
    ['writeInt16BE', [-2, 0x7fff]],
    ['writeUInt32LE', [0, 0xffffffff, 2 ** 32, -1, 0x12345678, 1.5]],
    ['writeUInt32BE', [0x12345678, 4294967295.5]],
    ['writeUint32LE', [1]], ['writeUint32BE', [1]],
    ['writeInt32LE', [-(2 ** 31), 2 ** 31 - 1, 2 ** 31, -1, -123456]],
    ['writeInt32BE', [-2, 123456789]],
  ];
  for (const [m, values] of writers) {
    for (const v of values) {
      show(`${m}(${JSON.stringify(v)})`, () => { w.fill(0); const r = w[m](v, 1); return `${r} ${w.toString('hex')}`; });
    }
    for (const off of [undefined, 0, 8, 9, 10, -1, 1.5, '1', NaN]) {
      show(`${m}(1, ${JSON.stringify(off)})`, () => { w.fill(0); const r = w[m](1, off); return `${r} ${w.toString('hex')}`; });
    }
  }
  const vw = [
    ['writeUIntLE', 'writeUIntBE', 'writeUintLE', 'writeUintBE'],
    ['writeIntLE', 'writeIntBE'],
  ];
  const values = [0, 1, -1, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x7fffff, 0x800000, 0xffffff,
    2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 39, 2 ** 40 - 1, 2 ** 40, 2 ** 47, 2 ** 48 - 1, 2 ** 48, -(2 ** 47), -(2 ** 47) - 1,
    1.5, -1.5, 0x123456789a, -0x123456789a];
  for (const group of vw) {
    for (const m of group) {
      for (let bl = 1; bl <= 6; bl++) {
        for (const v of values) {
          show(`${m}(${v}, 2, ${bl})`, () => { w.fill(0); const r = w[m](v, 2, bl); return `${r} ${w.toString('hex')}`; });
        }
      }
      for (const bl of [0, 7, 1.5, '2', undefined]) show(`${m}(1, 0, ${JSON.stringify(bl)})`, () => w[m](1, 0, bl));
      show(`${m}(1, undefined, 2)`, () => w[m](1, undefined, 2));
      show(`${m}(1, 9, 2)`, () => w[m](1, 9, 2));
      show(`${m}(1, 5, 6)`, () => w[m](1, 5, 6));
    }
  }
  // Reading back what was written, every width and order.
  for (let bl = 1; bl <= 6; bl++) {
    for (const v of [0, 1, 0x5a, -0x5a, 2 ** (8 * bl - 1) - 1, -(2 ** (8 * bl - 1))]) {
      show(`roundtrip ${bl} ${v}`, () => {
        w.writeIntLE(v, 1, bl);
        const a = w.readIntLE(1, bl);
        w.writeIntBE(v, 1, bl);
        const b = w.readIntBE(1, bl);
        return `${a} ${b} ${w.readUIntBE(1, bl)}`;
      });
    }
  }

  // BigInt writes.
  const b8 = Buffer.alloc(10);
  const bigs = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
    0x0102030405060708n, 1, '1', undefined, 2n ** 100n];
  for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE', 'writeBigInt64LE', 'writeBigInt64BE']) {
    for (const v of bigs) {
      show(`${m}(${typeof v === 'bigint' ? `${v}n` : JSON.stringify(v)})`, () => { b8.fill(0); const r = b8[m](v, 1); return `${r} ${b8.toString('hex')}`; });
    }
    for (const off of [undefined, 2, 3, -1, 0.5, '0']) {
      show(`${m}(1n, ${JSON.stringify(off)})`, () => { b8.fill(0); const r = b8[m](1n, off); return `${r} ${b8.toString('hex')}`; });
    }
  }
  show('read back big', () => { b8.writeBigInt64BE(-2n, 2); return `${b8.readBigInt64BE(2)} ${b8.readBigUInt64BE(2)} ${b8.readBigInt64LE(2)}`; });

  // Methods called on other receivers.
  show('readUInt8 on Uint8Array', () => Buffer.prototype.readUInt8.call(new Uint8Array([7]), 0));
  show('readUInt16LE on array', () => Buffer.prototype.readUInt16LE.call([1, 2], 0));
  show('writeUInt8 on array', () => { const a = [0, 0]; Buffer.prototype.writeUInt8.call(a, 300, 1); return a.join(); });
}
main();
