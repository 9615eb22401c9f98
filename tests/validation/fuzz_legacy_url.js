'use strict';
// Differential fuzz of the legacy url API (format of random url objects, parse with and without
// parseQueryString/slashesDenoteHost and back, resolve) and querystring stringify/parse with
// odd separators and maxKeys: the number of results and a hash (FNV-1a) of them all.
const url = require('url');
const qs = require('querystring');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function str(alpha, max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(pick(alpha)); return p.join(''); }
const out = [];
function rec(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const C = ['a', 'B', '/', '?', '#', '@', ':', '%', '20', ' ', 'é', '.', '..', '[', ']', '\\', '&', '=', '+', '\t', "'", '"', '<', '{', '`', '^', '|'];
for (let i = 0; i < 1000; i++) {
  const obj = {};
  for (const k of ['protocol', 'slashes', 'auth', 'host', 'hostname', 'port', 'pathname', 'search', 'query', 'hash', 'path', 'href']) {
    if (rnd(3) === 0) {
      if (k === 'slashes') obj[k] = !!rnd(2);
      else if (k === 'query') obj[k] = rnd(2) ? str(C, 6) : { a: str(C, 3), b: [1, str(C, 2)], c: null, d: undefined, e: 1.5 };
      else if (k === 'port') obj[k] = pick([80, '8080', '', 'x', 0]);
      else if (k === 'protocol') obj[k] = pick(['http', 'http:', 'HTTPS:', 'file', 'mailto:', 'javascript:', 'x-y:', '']);
      else obj[k] = str(C, 8);
    }
  }
  rec(() => url.format(obj));
  const s = pick(['http://', 'https://', 'file://', '//', 'mailto:', '', 'javascript:', 'HTTP://']) + str(C, 16);
  for (const [q, sl] of [[false, false], [true, false], [false, true], [true, true]]) rec(() => { const p = url.parse(s, q, sl); return [p, url.format(p)]; });
  rec(() => url.resolve(pick(['http://a/b/c/d;p?q', 'mailto:x@y', '/a/b', 'http://a', 'file:///x/y', '', 'http://x.com/a/']), s));
  rec(() => qs.stringify(obj, pick(['&', ';', undefined]), pick(['=', ':', undefined])));
  rec(() => qs.parse(s, pick(['&', '&&', undefined]), pick(['=', '==', undefined]), pick([undefined, { maxKeys: 2 }, { maxKeys: 0 }])));
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
