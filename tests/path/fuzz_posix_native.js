'use strict';
// Differential fuzz of path.posix.join, normalize and resolve, which run natively for ASCII
// strings: random segments of slashes, dots, names and the odd non-ASCII or lone-surrogate
// string, 0 to 10 arguments (the native path takes up to 8), resolve with and without an
// absolute argument; the number of results and a hash (FNV-1a) of them all, plus samples.
const path = require('path');
const { posix } = path;
process.cwd = () => '/fixed/cwd';
let seed = 7;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
const P = ['/', '/', '//', 'a', 'bc', '.', '..', '...', '.x', 'x.', ' ', '-', 'é', '\ud800', '日本', '\\', 'a/b', '../', './', ''];
function str(max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(pick(P)); return p.join(''); }
function args() { const n = rnd(11); const a = []; for (let i = 0; i < n; i++) a.push(str(6)); return a; }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
for (let i = 0; i < 4000; i++) {
  const a = args();
  rec(() => posix.join(...a));
  rec(() => posix.resolve(...a));
  rec(() => posix.normalize(a.length ? a[0] : ''));
  rec(() => posix.resolve(pick(['/', '/r', '//r/.', '/a/../..']), ...a));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
for (let i = 0; i < 40; i += 3) console.log(out[i]);

// Non-strings and odd arities give Node's errors and results.
for (const f of [() => posix.join('a', 1), () => posix.join(null), () => posix.normalize(), () => posix.normalize({}),
  () => posix.resolve('/a', undefined), () => posix.resolve(Symbol('s')), () => posix.join(),
  () => posix.resolve(), () => posix.normalize('a', 1), () => posix.join('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'),
  () => posix.resolve('/a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '..'), () => posix.join(new String('x'))]) rec(f);
console.log(out.slice(-12).join('\n'));
// The functions look like Node's methods.
for (const name of ['join', 'normalize', 'resolve']) {
  const f = posix[name];
  let ctor;
  try { new f('a'); ctor = 'constructed'; } catch (e) { ctor = e.name; }
  console.log(name, f.name, f.length, typeof f, 'prototype' in f, ctor, f === path[name], Object.keys(posix).indexOf(name));
}
console.log(posix.join.call(null, '/a', 'b'), posix.resolve.apply(undefined, ['/x', '../y']), ['a', 'b'].map(posix.normalize));
