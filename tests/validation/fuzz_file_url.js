'use strict';
// Differential fuzz of url.pathToFileURL and url.fileURLToPath (posix and { windows } forms,
// percent-encoded separators, hosts, drive letters) on pseudo-random paths and URLs: the number
// of results and a hash (FNV-1a) of them all. The working directory is fixed (see fuzz_path).
const url = require('url');
process.cwd = () => '/fixed/cwd';
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function str(alpha, max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(pick(alpha)); return p.join(''); }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const C = ['/', '\\', 'C:', 'a', 'é', ' ', '%', '%2F', '%5C', '%2f', '#', '?', '\n', '\t', '.', '..', '//', 'server', 'share', '%00', '~', ':', '[', '|'];
for (let i = 0; i < 3000; i++) {
  const p = str(C, 8);
  const windows = pick([undefined, true, false]);
  rec(() => url.pathToFileURL(p, windows === undefined ? undefined : { windows }).href);
  const u = pick(['file://', 'file:///', 'file://host/', 'FILE:///', 'http://x/']) + str(C, 8);
  rec(() => url.fileURLToPath(u, windows === undefined ? undefined : { windows }));
  rec(() => url.fileURLToPath(new URL(u)));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
