'use strict';

// Pseudo-random inputs (fixed seed) for the legacy API: url.parse with and without
// parseQueryString/slashesDenoteHost, url.format of the result, and url.resolve against bases.

const url = require('url');
const util = require('util');

let seed = 4242;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pick = (a) => a[rand(a.length)];
const starts = ['http:', 'https:', 'file:', 'mailto:', 'javascript:', 'sc:', 'HTTP:', '', '', '//', '/', ' '];
const pieces = ['/', '//', '\\', '@', ':', '[', ']', '::1', '%', '%41', '%zz', '.', '..', '?', '#', ' ', '\t',
  'a', 'B', 'host', 'Example.COM', '80', 'x:y', 'ü', '日', 'xn--', '=', '&', '+', '"', '<', '^', '|', '{',
  '`', "'", ';', '-', '_', '\u00a0', 'localhost', '0x7f', '1.2.3.4', 'q=1'];
function randomString() {
  let s = pick(starts);
  const n = 1 + rand(9);
  for (let i = 0; i < n; i++) s += pick(pieces);
  return s;
}
const show = (u) => {
  const out = {};
  for (const k of Object.keys(u)) out[k] = u[k] !== null && typeof u[k] === 'object' ? util.inspect(u[k]) : u[k];
  return JSON.stringify(out);
};
const bases = ['http://a/b/c/d;p?q', 'mailto:x@y', 'file:///a/b', 'sc:op', '/rel/path', ''];

const warn = process.emitWarning;
process.emitWarning = () => {}; // DEP0170 is printed once; keep the output about results
for (let n = 0; n < 1500; n++) {
  const s = randomString();
  const flags = rand(4);
  let line;
  try {
    const u = url.parse(s, (flags & 1) === 1, (flags & 2) === 2);
    line = `${show(u)} format=${JSON.stringify(url.format(u))}`;
  } catch (e) {
    line = `${e.name} ${e.code}`;
  }
  let resolved;
  const base = pick(bases);
  try {
    resolved = JSON.stringify(url.resolve(base, s));
  } catch (e) {
    resolved = `${e.name} ${e.code}`;
  }
  console.log(JSON.stringify(s), flags, line, '|', JSON.stringify(base), resolved);
}
process.emitWarning = warn;
