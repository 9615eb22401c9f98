'use strict';
// Buffer encode/decode of 1 MiB in utf8, base64 and hex (issue 4's
// benchmark), plus TextEncoder/TextDecoder. Runs unchanged under node:
//
//   node examples/bench-buffer.js; gonode examples/bench-buffer.js
//
// Each line is the best of 5 rounds, in ms per 1 MiB operation and MB/s of
// the input.

function bench(name, bytes, fn) {
  fn(); // warm up
  const perRound = 10;
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6 / perRound);
  }
  console.log(`${name.padEnd(30)} ${best.toFixed(3).padStart(8)} ms ${(bytes / 1e6 / (best / 1e3)).toFixed(0).padStart(6)} MB/s`);
}

function main() {
  const MiB = 1 << 20;
  const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n'.repeat(MiB / 63 + 1).slice(0, MiB);
  const mixed = 'h\u00e9llo w\u00f6rld \u2014 \u00fcn\u00efc\u00f8d\u00e9 \u2713 \ud83d\ude00 '.repeat(MiB / 32);
  const bytes = Buffer.alloc(MiB);
  for (let i = 0; i < MiB; i++) bytes[i] = (i * 7 + 13) & 0xff;
  const asciiBuf = Buffer.from(ascii);
  const mixedBuf = Buffer.from(mixed);
  const b64 = bytes.toString('base64');
  const hex = bytes.toString('hex');

  bench('utf8 encode (ascii)', MiB, () => Buffer.from(ascii, 'utf8'));
  bench('utf8 decode (ascii)', MiB, () => asciiBuf.toString('utf8'));
  bench('utf8 encode (mixed)', mixedBuf.length, () => Buffer.from(mixed, 'utf8'));
  bench('utf8 decode (mixed)', mixedBuf.length, () => mixedBuf.toString('utf8'));
  bench('base64 encode', MiB, () => bytes.toString('base64'));
  bench('base64 decode', b64.length, () => Buffer.from(b64, 'base64'));
  bench('hex encode', MiB, () => bytes.toString('hex'));
  bench('hex decode', hex.length, () => Buffer.from(hex, 'hex'));
  bench('TextEncoder.encode (mixed)', mixedBuf.length, () => new TextEncoder().encode(mixed));
  bench('TextDecoder.decode (mixed)', mixedBuf.length, () => new TextDecoder().decode(mixedBuf));
}
main();
