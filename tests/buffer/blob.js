'use strict';
// Blob and File: construction from every kind of part, size/type, slice,
// text/arrayBuffer/bytes, inspect, and their errors.

const { Blob, File, resolveObjectURL } = require('buffer');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

async function main() {
  console.log(Blob === globalThis.Blob, File === globalThis.File, typeof resolveObjectURL);
  const parts = ['ab', new Uint8Array([0x63, 0x64]), Buffer.from('ef'), new Uint16Array([0x6867]).buffer,
    new DataView(new Uint8Array([0x69, 0x6a, 0x6b]).buffer, 1), 12, null, { toString() { return 'obj'; } }];
  const blob = new Blob(parts, { type: 'Text/Plain;Charset=UTF-8' });
  console.log(blob.size, JSON.stringify(blob.type), await blob.text());
  console.log(blob);
  console.log([blob], { b: new Blob([]) });
  console.log(Object.prototype.toString.call(blob), blob instanceof Blob, Object.keys(Blob.prototype));
  const nested = new Blob([blob, '!', blob.slice(0, 2)]);
  console.log(nested.size, await nested.text());

  for (const args of [[], [0], [2], [-3], [2, 5], [2, -2], [5, 2], [-100, 100], [1, 3, 'X/Y'], [0, 1, '\u00e9'], ['1', '3'], [undefined, undefined, 'a/b']]) {
    const s = blob.slice(...args);
    console.log('slice', JSON.stringify(args), s.size, JSON.stringify(s.type), await s.text());
  }

  const ab = await blob.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString());
  const bytes = await blob.bytes();
  console.log(bytes instanceof Uint8Array, bytes.length, bytes[0]);
  bytes[0] = 0x5a;
  console.log('copies', await blob.text() === (await blob.text()), (await blob.text())[0]);

  // Sources are copied when the Blob is made.
  const src = Buffer.from('copy');
  const copied = new Blob([src]);
  src[0] = 0x78;
  console.log(await copied.text());

  // Types: anything outside printable ASCII makes the type empty.
  for (const type of ['', 'A/B', 'text/plain', 'a\u0000b', 'caf\u00e9', 7, null, undefined]) {
    show(`type ${JSON.stringify(type)}`, () => new Blob([], { type }).type);
  }
  // Line endings.
  show('endings transparent', () => new Blob(['a\nb\r\nc'], { endings: 'transparent' }).size);
  const native = new Blob(['a\nb\r\nc'], { endings: 'native' });
  console.log('endings native', native.size, JSON.stringify(await native.text()));
  show('endings bad', () => new Blob([], { endings: 'unix' }));
  // Errors.
  show('no sources', () => new Blob().size);
  show('string sources', () => new Blob('abc'));
  show('null sources', () => new Blob(null));
  show('number sources', () => new Blob(5));
  show('object sources', () => new Blob({}));
  show('set sources', () => new Blob(new Set(['a', 'b'])).size);
  show('bad options', () => new Blob([], 5));
  show('null options', () => new Blob(['x'], null).size);
  show('size getter on other', () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}));
  show('text on other', () => Blob.prototype.text.call({}).catch((e) => console.log('rejected', e.code)));
  await Blob.prototype.arrayBuffer.call({}).catch((e) => console.log('arrayBuffer rejected', e.name, e.code, e.message));
  await Blob.prototype.text.call({}).catch((e) => console.log('text rejected', e.name, e.code, e.message));
  show('slice on other', () => Blob.prototype.slice.call({}));

  // File.
  const file = new File(['hello ', 'file'], 'a\ud800.txt', { type: 'text/x', lastModified: 42 });
  console.log(file.name, file.lastModified, file.size, file.type, await file.text());
  console.log(file);
  console.log(file instanceof Blob, file instanceof File, Object.prototype.toString.call(file), Object.keys(File.prototype));
  console.log(new File([], 'x', { lastModified: 'abc' }).lastModified, new File([], 'x', { lastModified: '12' }).lastModified,
              new File([], 5).name, typeof new File([], 'now').lastModified);
  const fs = file.slice(0, 5);
  console.log(fs instanceof File, fs instanceof Blob, await fs.text());
  show('File no args', () => new File());
  show('File one arg', () => new File(['a']));
  show('File bad options', () => new File([], 'a', 5));
  show('resolveObjectURL', () => resolveObjectURL('blob:nodedata:nothing'));
  show('resolveObjectURL bad', () => resolveObjectURL('not a url'));
}
main().then(() => console.log('end'));
