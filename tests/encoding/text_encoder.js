'use strict';
// TextEncoder: encode and encodeInto (read/written counts, characters that do
// not fit, lone surrogates), its shape and errors.

const util = require('util');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, r instanceof Uint8Array ? `${r.constructor.name}(${r.length}) ${Buffer.from(r).toString('hex')}` : util.inspect(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

function main() {
  const enc = new TextEncoder();
  console.log(enc.encoding, TextEncoder === util.TextEncoder, TextEncoder.length, TextEncoder.name);
  console.log(enc, util.inspect(enc, { showHidden: true }), Object.prototype.toString.call(enc));
  console.log(Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(TextEncoder.prototype));
  for (const s of ['', 'a', 'héllo', '€', '😀', '\ud800', '\udc00', 'a\ud800b', '\ud83d\ude00\ud83d', '\u0000', 'x'.repeat(20)]) {
    show(`encode ${JSON.stringify(s)}`, () => enc.encode(s));
  }
  for (const v of [undefined, null, 5, true, {}, [1, 2], { toString() { return 'ts'; } }]) {
    show(`encode ${String(v)}`, () => enc.encode(v));
  }
  const r = enc.encode('abc');
  console.log(r.buffer.byteLength, r.byteOffset, Buffer.isBuffer(r), Object.getPrototypeOf(r) === Uint8Array.prototype);

  for (const s of ['', 'abc', 'a€😀', '😀😀', '\ud800\ud800', 'é'.repeat(4)]) {
    for (const size of [0, 1, 2, 3, 4, 5, 8]) {
      show(`encodeInto ${JSON.stringify(s)} ${size}`, () => {
        const dest = new Uint8Array(size);
        const res = enc.encodeInto(s, dest);
        return `${res.read} ${res.written} ${Buffer.from(dest).toString('hex')}`;
      });
    }
  }
  show('encodeInto result', () => enc.encodeInto('a', new Uint8Array(2)));
  show('encodeInto subarray', () => { const d = new Uint8Array(6); enc.encodeInto('xy', d.subarray(2)); return d.join(); });
  show('encodeInto buffer', () => { const d = Buffer.alloc(3); enc.encodeInto('xy', d); return d.toString(); });
  show('encodeInto array', () => enc.encodeInto('a', []));
  show('encodeInto u16', () => enc.encodeInto('a', new Uint16Array(2)));
  show('encodeInto null', () => enc.encodeInto('a', null));
  show('encodeInto number src', () => enc.encodeInto(5, new Uint8Array(2)));
  show('encodeInto no src', () => enc.encodeInto());
  show('encode on other', () => TextEncoder.prototype.encode.call({}, 'a'));
  show('encodeInto on other', () => TextEncoder.prototype.encodeInto.call(null, 'a', new Uint8Array(1)));
  show('encoding on other', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
  class Sub extends TextEncoder {}
  console.log(new Sub(), new Sub().encode('s'));
}
main();
