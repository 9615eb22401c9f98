'use strict';
// Differential fuzz of path.win32 and path.posix on device paths, UNC prefixes, drive letters
// and dots: resolve, join, relative, normalize, dirname, basename, extname, isAbsolute,
// toNamespacedPath, parse and format: the number of results and a hash (FNV-1a) of them all.
const path = require('path');
// path.resolve reads the working directory: a fixed one keeps the hash the same in any checkout.
process.cwd = () => '/fixed/cwd';
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function str(alpha, max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(pick(alpha)); return p.join(''); }
const P = ['\\\\?\\', '\\\\.\\', '\\\\', '//', 'C:', 'c:', 'D:\\', '\\', '/', 'a', 'b.c', '.', '..', '...', 'UNC\\', 'server', 'share', ' ', '.ext', 'x.', ':', 'CON', '?'];
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.message}`); } }
for (let i = 0; i < 2500; i++) {
  const a = str(P, 7), b = str(P, 7), c = str(P, 4);
  for (const f of [path.win32, path.posix]) {
    rec(() => [f.resolve(a, b), f.resolve(c, a, b), f.join(c, a, b), f.relative(a, b), f.relative(f.resolve(a), f.resolve(b))]);
    rec(() => [f.normalize(a), f.dirname(b), f.basename(a, pick(['.c', 'c', '', a.slice(-2)])), f.extname(b), f.isAbsolute(c), f.toNamespacedPath(a), f.toNamespacedPath(f.resolve(b))]);
    rec(() => { const p = f.parse(a); return [p, f.format(p), f.format({ root: c, dir: pick([undefined, a]), base: pick([undefined, b]), name: 'n', ext: pick(['e', '.e', undefined]) })]; });
  }
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
