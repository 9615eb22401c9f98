'use strict';
// Differential fuzz of URLSearchParams (random operations), URL setters (search, hash, pathname,
// credentials, port, hostname, protocol) and MIMEType on pseudo-random strings: the number of
// results and a hash (FNV-1a) of them all.
const util = require('util');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function pick(a) { return a[rnd(a.length)]; }
function str(alpha, max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(pick(alpha)); return p.join(''); }
const out = [];
function rec(f) { try { out.push(String(f())); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); } }
const S = ['a', 'b', '=', '&', '+', '%', '20', '%2', 'é', ' ', '?', '#', '\ud800', '\u0000', ';', '%zz', '%41'];
for (let i = 0; i < 1000; i++) {
  const sp = new URLSearchParams(str(S, 14));
  for (let k = 0; k < 6; k++) {
    const op = rnd(8);
    const n = str(S, 4), v = str(S, 4);
    if (op === 0) sp.append(n, v);
    else if (op === 1) sp.set(n, v);
    else if (op === 2) sp.delete(n, rnd(2) ? v : undefined);
    else if (op === 3) rec(() => `${sp.get(n)}|${sp.getAll(n)}|${sp.has(n, rnd(2) ? v : undefined)}`);
    else if (op === 4) sp.sort();
    else if (op === 5) rec(() => [...sp.keys()].join(',') + sp.size);
    else if (op === 6) rec(() => util.inspect(sp));
    else rec(() => sp.toString());
  }
  const u = new URL('http://h/p');
  u.search = str(S, 10);
  rec(() => u.href + '|' + u.searchParams.toString());
  u.searchParams.append(str(S, 3), str(S, 3));
  rec(() => u.href + '|' + u.search);
  u.hash = str(S, 6);
  rec(() => u.href);
  u.pathname = str(['a', '/', '..', '.', '%2e', 'é', ' ', '\\', '?', '#', '%'], 8);
  rec(() => u.href);
  u.username = str(S, 4); u.password = str(S, 4);
  rec(() => u.href);
  rec(() => { u.port = pick(['80', '8080', '65536', 'x', '', '12ab', '-1', '0']); return u.host; });
  rec(() => { u.hostname = pick(['a', 'A.B', '[::1]', '1.2.3', '0x7f.1', 'xn--a-', 'a b', '%41', '']); return u.href; });
  rec(() => { u.protocol = pick(['https', 'ftp:', 'foo', 'file', 'ws', 'HTTP', '1x']); return u.href; });
  const mt = pick(['text/plain', 'TEXT/HTML; charset=UTF-8', 'a/b;x="y\\"z";q', 'x/y; a=b; a=c', 'bad', 'a/b;=c', 'a/b; c ="d"', 'a/b;c=""']);
  rec(() => { const m = new util.MIMEType(mt); m.params.set(str(['a', 'b'], 3) || 'k', str(['x', ' ', '"', ';'], 4)); return m + '|' + m.essence + '|' + [...m.params].join(); });
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
