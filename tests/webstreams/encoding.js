'use strict';
// TextEncoderStream / TextDecoderStream: split multi-byte characters and surrogate pairs,
// flush of a dangling surrogate, decoder options, fatal errors, inspect and brand checks.
const log = (...a) => console.log(...a);

async function run(ts, chunks) {
  const w = ts.writable.getWriter();
  const out = [];
  const reading = (async () => {
    try {
      for await (const c of ts.readable) out.push(typeof c === 'string' ? JSON.stringify(c) : `[${Array.from(c).join(' ')}]`);
    } catch (e) {
      out.push(`ERR ${e.name} ${e.code} ${e.message}`);
    }
  })();
  for (const c of chunks) w.write(c).catch(() => {});
  w.close().catch(() => {});
  await reading;
  return out.join(' ');
}

(async () => {
  log('encoder');
  log('  ', await run(new TextEncoderStream(), ['héllo', '', 'wörld']));
  log('  split pair', await run(new TextEncoderStream(), ['a\uD83D', '\uDE00b']));
  log('  dangling high', await run(new TextEncoderStream(), ['x\uD83D']));
  log('  two highs', await run(new TextEncoderStream(), ['\uD83D', '\uD83D', 'c']));
  log('  lone low', await run(new TextEncoderStream(), ['\uDE00z']));
  log('  non-string', await run(new TextEncoderStream(), [123, { toString() { return 'obj'; } }]));
  log('decoder');
  const bytes = new TextEncoder().encode('añ€😀');
  log('  whole', await run(new TextDecoderStream(), [bytes]));
  log('  byte by byte', await run(new TextDecoderStream(), Array.from(bytes, (b) => new Uint8Array([b]))));
  log('  truncated at end', await run(new TextDecoderStream(), [bytes.subarray(0, bytes.length - 1)]));
  log('  bom', await run(new TextDecoderStream(), [new Uint8Array([0xEF, 0xBB]), new Uint8Array([0xBF, 0x41])]));
  log('  ignoreBOM', await run(new TextDecoderStream('utf-8', { ignoreBOM: true }), [new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])]));
  log('  latin1', await run(new TextDecoderStream('latin1'), [new Uint8Array([0xE9, 0x41])]));
  log('  utf-16le split', await run(new TextDecoderStream('utf-16le'), [new Uint8Array([0x41]), new Uint8Array([0x00, 0x42, 0x00])]));
  log('  fatal', await run(new TextDecoderStream('utf-8', { fatal: true }), [new Uint8Array([0x41, 0xFF])]));
  log('  arraybuffer chunk', await run(new TextDecoderStream(), [new Uint8Array([0x68, 0x69]).buffer]));
  log('  bad chunk', await run(new TextDecoderStream(), ['not bytes']));
  const d = new TextDecoderStream('utf-16le', { fatal: true });
  log('  props', d.encoding, d.fatal, d.ignoreBOM, new TextEncoderStream().encoding);
  try { new TextDecoderStream('nope'); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({}); } catch (e) { log('  ', e.name, e.code, e.message); }
  try { Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, 'readable').get.call({}); } catch (e) { log('  ', e.name, e.code, e.message); }
  log(d);
  log(Object.keys(TextDecoderStream.prototype), Object.keys(TextEncoderStream.prototype));
  log('pipeThrough chain');
  const rs = ReadableStream.from(['ab', 'ç', 'd']).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  const parts = [];
  for await (const s of rs) parts.push(s);
  log('  ', parts);
})();
