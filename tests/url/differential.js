'use strict';

// Pseudo-random URL strings (fixed seed: every run sees the same inputs) built from the pieces
// that matter to the parser — scheme-ish prefixes, slashes and backslashes, '@', ':', '[', ']',
// '%' escapes, dots, '?', '#', spaces, controls, non-ASCII — parsed alone and against bases,
// then put through random setters. Every result is printed, so any divergence from Node shows.

let seed = 20240601;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pick = (a) => a[rand(a.length)];
const starts = ['http:', 'https:', 'file:', 'sc:', 'ws:', 'ftp:', 'a:', '', '', 'HTTP:', 'blob:', 'javascript:'];
const pieces = ['/', '//', '\\', '@', ':', '[', ']', '::1', '%', '%2e', '%41', '%zz', '.', '..', '?', '#', ' ',
  '\t', '\u0000', 'a', 'b', 'x', 'host', 'example.com', '80', '8080', '1.2.3.4', '0x7f', 'ü', '日', 'xn--',
  'C:', 'C|', '=', '&', '+', '~', 'localhost', '\u00ad', '😀', '"', '<', '^', '|', '{', '`', "'", '-', '_'];
function randomURL() {
  let s = pick(starts);
  const n = 1 + rand(10);
  for (let i = 0; i < n; i++) s += pick(pieces);
  return s;
}
const bases = [undefined, 'http://u:p@h:1/a/b?q#f', 'sc://h/a/b', 'sc:opaque', 'file:///C:/a/b', 'file://host/x'];
const setters = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash', 'href'];
const values = ['', 'x', 'http', 'sc', 'file', '1', '65536', 'a:b', '[::1]', '/p/../q', '?s', '#h', 'ü', '%zz', ' a ',
  'h:8', '..', 'a@b', 'C:', '\\x', '//x'];

function describe(u) {
  return JSON.stringify([u.href, u.origin, u.username, u.password, u.host, u.port, u.pathname, u.search, u.hash]);
}

let parsed = 0;
for (let n = 0; n < 1500; n++) {
  const input = randomURL();
  const base = pick(bases);
  let u;
  try {
    u = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    console.log(JSON.stringify(input), base ?? '-', e.code);
    continue;
  }
  parsed++;
  const line = [JSON.stringify(input), base ?? '-', describe(u)];
  for (let k = 0; k < 2; k++) {
    const setter = pick(setters);
    const value = pick(values);
    try {
      u[setter] = value;
      line.push(`${setter}=${JSON.stringify(value)} ${describe(u)}`);
    } catch (e) {
      line.push(`${setter}=${JSON.stringify(value)} ${e.code}`);
    }
  }
  console.log(line.join(' | '));
}
console.log(parsed, 'parsed');
