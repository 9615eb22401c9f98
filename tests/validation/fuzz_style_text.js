'use strict';
// Differential fuzz of util.styleText (every format, arrays of formats, unknown ones) and
// util.stripVTControlCharacters (CSI, OSC, C1 and partial escapes), also on colored inspect
// output: the number of results and a hash (FNV-1a) of them all.
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const formats = Object.keys(util.inspect.colors).concat(['nope', 'none']);
const E = ['\u001b[31m', '\u001b[0m', '\u001b[1;2;3m', '\u001b]8;;http://x\u0007', '\u001b]0;t\u001b\\', '\u009b31m', 'a', ' ', '\u001b', '[', 'm', '\u001b[38;5;200m', '\u001bc', '\u001b[?25l', 'é', '\u001b[K', '\u001b(B'];
for (let i = 0; i < 3000; i++) {
  const text = Array.from({ length: rnd(8) }, () => pick(E)).join('');
  const fmt = rnd(3) === 0 ? Array.from({ length: rnd(3) }, () => pick(formats)) : pick(formats);
  rec(() => util.styleText(fmt, text, { validateStream: false }));
  rec(() => util.stripVTControlCharacters(text));
  rec(() => util.stripVTControlCharacters(util.inspect({ [text]: text, n: 1 }, { colors: true })));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
