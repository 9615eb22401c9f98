'use strict';
// Differential fuzz of Console (on a sink): table with random rows, columns and cell types,
// group nesting, dir with options, count/countReset, assert and format specifiers: the length
// and a hash (FNV-1a) of everything written.
const { Console } = require('console');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const chunks = [];
const sink = { write(s) { chunks.push(s); }, on() {}, once() {}, listenerCount() { return 0; }, removeListener() {} };
const c = new Console({ stdout: sink, stderr: sink, colorMode: false });
function cell(d) {
  switch (rnd(d > 1 ? 6 : 9)) {
    case 0: return rnd(1000) - 500;
    case 1: return pick(['', 'a', 'longer text', 'é中文', 'tab\there', 'nl\nx', '\u001b[1mb\u001b[0m']);
    case 2: return pick([true, null, undefined, NaN, 1.5, -0]);
    case 3: return Symbol('s');
    case 4: return 10n;
    case 5: return () => {};
    case 6: { const o = {}; for (let i = rnd(3); i > 0; i--) o[pick(['a', 'b', 'c', '1', 'x y'])] = cell(d + 1); return o; }
    case 7: return Array.from({ length: rnd(3) }, () => cell(d + 1));
    default: return new Map([[cell(d + 1), cell(d + 1)]]);
  }
}
for (let i = 0; i < 600; i++) {
  let data;
  const k = rnd(5);
  if (k === 0) data = Array.from({ length: rnd(4) }, () => cell(0));
  else if (k === 1) { data = {}; for (let j = rnd(4); j > 0; j--) data[pick(['r1', 'r2', '0', 'row three'])] = cell(0); }
  else if (k === 2) data = new Map([[cell(1), cell(0)], [cell(1), cell(0)]]);
  else if (k === 3) data = new Set([cell(0), cell(0)]);
  else data = cell(0);
  const props = pick([undefined, ['a'], ['b', 'a'], [], ['1', 'x y'], ['missing']]);
  try { c.table(data, props); } catch (e) { chunks.push(`err ${e.code} ${e.message}\n`); }
  if (rnd(4) === 0) { c.group(pick(['', 'g', 'grp'])); c.log(cell(0)); }
  if (rnd(5) === 0) c.groupEnd();
  if (rnd(6) === 0) c.dir(cell(0), pick([undefined, { depth: 0 }, { colors: false, depth: 1 }, { showHidden: true }]));
  if (rnd(8) === 0) c.count(pick(['a', 'b', undefined])), c.countReset(pick(['a', 'c']));
  if (rnd(8) === 0) { try { c.assert(rnd(2), cell(0), pick(['%s x', 'plain'])); } catch (e) { chunks.push(`err ${e.name} ${e.message}\n`); } }
  if (rnd(8) === 0) { try { c.log(pick(['%s|%d|%i|%f|%j|%o|%O|%c', '%s', 'x']), cell(0), cell(0), cell(0)); } catch (e) { chunks.push(`err ${e.name} ${e.message}\n`); } }
}
const out = chunks.join('');
let hash = 0x811c9dc5;
for (let i = 0; i < out.length; i++) { hash ^= out.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; }
console.log(out.length, hash.toString(16));
