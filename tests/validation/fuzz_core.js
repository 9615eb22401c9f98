'use strict';
// Differential fuzz of path (posix and win32), querystring, url (WHATWG and legacy, IDNA),
// string_decoder across split writes, Buffer encodings, TextDecoder and atob on pseudo-random
// inputs: the number of results and a hash (FNV-1a) of them all.
const path = require('path');
// path.resolve reads the working directory: a fixed one keeps the hash the same in any checkout.
process.cwd = () => '/fixed/cwd';
const qs = require('querystring');
const url = require('url');
const { StringDecoder } = require('string_decoder');
let seed = 1;
function rnd(n) { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed % n; }
function str(alpha, max) { const p = []; const n = rnd(max); for (let i = 0; i < n; i++) p.push(alpha[rnd(alpha.length)]); return p.join(''); }
const out = [];
const P = ['/', '\\', '.', '..', 'a', 'b', 'C:', ':', ' ', '//', '\\\\', '?', 'UNC', 'c', '$'];
for (let i = 0; i < 1500; i++) {
  const a = str(P, 8), b = str(P, 8);
  for (const f of [path.posix, path.win32]) {
    out.push([f.normalize(a), f.join(a, b), f.resolve('/x', a, b), f.relative(a, b), f.dirname(a), f.basename(a), f.extname(a), JSON.stringify(f.parse(a)), f.isAbsolute(a), f.toNamespacedPath(a), f.format(f.parse(a))].join('|'));
  }
}
const Q = ['a', 'b', '=', '&', '%', '2', '0', 'F', 'z', '+', ' ', 'é', '\ud800', ';', '[]', '%E0', '%A4', '%C3'];
for (let i = 0; i < 1500; i++) {
  const s = str(Q, 12);
  let r;
  try { r = JSON.stringify(qs.parse(s)) + JSON.stringify(qs.parse(s, ';', ':')); } catch (e) { r = e.message; }
  let e2; try { e2 = qs.escape(s) + '|' + qs.unescape(s) + '|' + qs.stringify({ [s]: s }); } catch (e) { e2 = e.message; }
  out.push(r + '|' + e2);
}
const U = ['http:', 'https:', 'file:', 'foo:', '//', '/', 'a', '.', '..', '@', ':', '[', ']', '::1', '%', '2f', '?', '#', 'x', '1', '\\', ' ', 'é', 'xn--', '0x7f', '256', '%00', '%41'];
for (let i = 0; i < 2000; i++) {
  const s = str(U, 10);
  let r;
  try { const u = new URL(s, 'http://base/p/q'); r = u.href + '|' + u.host + '|' + u.pathname; } catch (e) { r = e.code; }
  let l;
  try { const p = url.parse(s, true, true); l = JSON.stringify(p); } catch (e) { l = e.code + e.message; }
  let res; try { res = url.resolve('http://a/b/c', s); } catch (e) { res = e.code; }
  out.push(r + '|' + l + '|' + res + '|' + url.domainToASCII(s) + '|' + url.domainToUnicode(s) + '|' + URL.canParse(s));
}
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
for (let i = 0; i < 2000; i++) {
  const bytes = Buffer.from(Array.from({ length: rnd(12) }, () => [0xff, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x41, 0xed, 0xa0, 0x80, 0x00][rnd(15)]));
  for (const e of encs) {
    const d = new StringDecoder(e);
    const cut = rnd(bytes.length + 1);
    const s1 = d.write(bytes.subarray(0, cut)) + '|' + d.write(bytes.subarray(cut)) + '|' + d.end();
    out.push(JSON.stringify(s1) + JSON.stringify(bytes.toString(e)) + Buffer.from(bytes.toString(e), e).toString('hex'));
  }
  const td = new TextDecoder(); out.push(JSON.stringify(td.decode(bytes, { stream: true }) + td.decode()));
  const s = str(['A', '=', 'z', '+', '/', '-', '_', ' ', '\n', '%', 'é', '0', '9', 'f', 'F'], 10);
  for (const e of encs) out.push(Buffer.from(s, e).toString('hex'));
  try { out.push(atob(s)); } catch (err) { out.push(err.name + err.message); }
}
let hash = 0x811c9dc5;
for (const l of out) { for (let i = 0; i < l.length; i++) { hash ^= l.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; } }
console.log(out.length, hash.toString(16));
