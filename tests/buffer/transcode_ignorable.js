'use strict';
// buffer.transcode to latin1/ascii drops the default-ignorable characters the target cannot hold
// (ICU's substitution callback) and writes '?' for the others; one lone byte of UTF-16 is an
// error for UTF-8.
const { transcode } = require('buffer');
const cps = [0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180e, 0x180f, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0x2065, 0x206f, 0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xfff0, 0xfff8, 0xfff9, 0xfffd, 0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0000, 0xe0001, 0xe0fff, 0xe1000, 0x10ffff, 0x2028, 0x85, 0x7f, 0x80];
for (const cp of cps) {
  const s = 'a' + String.fromCodePoint(cp) + 'b';
  const r = [];
  for (const [from, to] of [['ucs2', 'latin1'], ['ucs2', 'ascii'], ['utf8', 'latin1'], ['utf8', 'ascii'], ['latin1', 'ascii']]) {
    try { r.push(transcode(Buffer.from(s, from), from, to).toString('hex')); } catch (e) { r.push(e.code); }
  }
  console.log(cp.toString(16), r.join(' '));
}
for (const h of ['41', '00', '', '410042']) { try { console.log(h, transcode(Buffer.from(h, 'hex'), 'utf16le', 'utf8').toString('hex')); } catch (e) { console.log(h, e.code); } }
