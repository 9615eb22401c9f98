'use strict';
// stream/consumers: text (with a character split across chunks), json, buffer, arrayBuffer and
// blob from Readables, generators and strings; errors reject.
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

(async () => {
  const euro = Buffer.from('€');
  console.log('text', await consumers.text(Readable.from([Buffer.from('a'), euro.subarray(0, 1), euro.subarray(1), 'b'])));
  console.log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer(Readable.from([Buffer.from('xy'), Buffer.from('z')]));
  console.log('buffer', Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer((async function* () { yield new Uint8Array([1, 2]); yield new Uint8Array([3]); })());
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, [...new Uint8Array(ab)]);
  const b = await consumers.blob(Readable.from(['hello ', 'blob']));
  console.log('blob', b instanceof Blob, b.size, await b.text());
  const p = new PassThrough();
  p.end('piped');
  console.log('from PassThrough', await consumers.text(p));
  try {
    await consumers.json(Readable.from(['{bad']));
  } catch (e) {
    console.log('bad json', e.name);
  }
  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    await consumers.text(failing);
  } catch (e) {
    console.log('stream error', e.message);
  }
  console.log('keys', Object.keys(consumers));
})();
