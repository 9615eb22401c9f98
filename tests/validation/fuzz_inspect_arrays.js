'use strict';
// Differential fuzz of util.inspect's layout of arrays, Sets and typed arrays (grouping of short
// items into columns, line breaking, compact levels, maxArrayLength, numeric separators) on
// pseudo-random items: the number of results and a hash (FNV-1a) of them all.
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function item(d) {
  switch (rnd(d > 0 ? 5 : 8)) {
    case 0: return rnd(2) ? rnd(100000) : -rnd(1000) / 7;
    case 1: return 'x'.repeat(rnd(12));
    case 2: return pick([null, undefined, true, 10n ** BigInt(rnd(20))]);
    case 3: return pick(['é中', 'a\nb', "q'uote", '']);
    case 4: return rnd(10);
    case 5: return Array.from({ length: rnd(30) }, () => item(d + 1));
    case 6: { const o = {}; for (let i = rnd(5); i > 0; i--) o['k' + 'x'.repeat(rnd(8))] = item(d + 1); return o; }
    default: return new Map([[item(d + 1), item(d + 1)]]);
  }
}
const out = [];
for (let i = 0; i < 1500; i++) {
  const len = pick([0, 1, 5, 6, 7, 16, 27, 50, 101, 130]);
  const arr = Array.from({ length: len }, () => item(0));
  if (rnd(5) === 0) arr.length += rnd(5);
  const opts = { compact: pick([3, 1, 0, false, true, 5]), breakLength: pick([80, 40, 120, Infinity, 10]), maxArrayLength: pick([100, 10, 200, 0]), depth: pick([2, 0, 1, null]), numericSeparator: rnd(3) === 0, sorted: rnd(5) === 0 };
  try { out.push(util.inspect(rnd(4) === 0 ? { wrapper: arr, other: item(0) } : arr, opts)); } catch (e) { out.push('ERR ' + e.message); }
  if (rnd(3) === 0) out.push(util.inspect(new Set(arr.slice(0, 20)), opts));
  if (rnd(3) === 0) out.push(util.inspect(Float64Array.from(arr.filter((x) => typeof x === 'number')), opts));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
