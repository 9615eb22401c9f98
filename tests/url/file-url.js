'use strict';

// fileURLToPath and pathToFileURL, with posix and Windows semantics (the windows option),
// their errors, and the characters pathToFileURL escapes.

const url = require('url');
const path = require('path');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', JSON.stringify(v instanceof URL ? v.href : v));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

const cwd = process.cwd();
const rel = (s) => (typeof s === 'string' ? s.split(cwd).join('<cwd>').split(encodeURI(cwd)).join('<cwd>') : s);

const fileURLs = [
  'file:///', 'file:///a/b', 'file:///a/b/', 'file:///a%20b', 'file:///%E2%82%AC', 'file:///a%2Fb',
  'file:///a%2fb', 'file:///a%5Cb', 'file:///a%5cb', 'file://localhost/a', 'file://host/a',
  'file:///C:/x/y', 'file:///c:/x', 'file:///C:', 'file:///C', 'file://server/share/x',
  'file://xn--mnchen-3ya.de/x', 'file:///a?b#c', 'file:///a%3Fb%23c', 'file:///%zz', 'file:///a%00b',
  'http://a/b', 'sc:x', 'file:relative', 'file:///a%25b',
];
for (const s of fileURLs) {
  show(`posix ${s}`, () => url.fileURLToPath(s, { windows: false }));
  show(`win32 ${s}`, () => url.fileURLToPath(s, { windows: true }));
  show(`default ${s}`, () => url.fileURLToPath(s));
  show(`URL ${s}`, () => url.fileURLToPath(new URL(s), { windows: false }));
}
for (const bad of [undefined, null, 1, {}, { href: 'file:///x' }, { href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' },
  { href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '', auth: null }, new String('file:///x')]) {
  show(`fileURLToPath(${typeof bad === 'object' && bad !== null ? JSON.stringify(bad) : String(bad)})`, () => url.fileURLToPath(bad));
}
show('invalid url string', () => url.fileURLToPath('not a url'));
show('options null', () => url.fileURLToPath('file:///x', null));

const posixPaths = ['/', '/a/b', '/a/b/', 'a/b', 'a/b/', '.', '..', '', '/a b/c%d', '/a#b?c',
  '/a\tb\nc\rd', '/a"b[c]d^e|f~g', '/a\\b', '/€/😀', '/a/./b/../c', '//double', '/a;b=c@d:e',
  '/\ud800', '/%2F'];
for (const p of posixPaths) {
  show(`pathToFileURL posix ${JSON.stringify(p)}`, () => rel(url.pathToFileURL(p, { windows: false }).href));
  show(`pathToFileURL default ${JSON.stringify(p)}`, () => rel(url.pathToFileURL(p).href));
}
const winPaths = ['C:\\', 'C:\\a\\b', 'C:\\a\\b\\', 'C:/a/b', 'c:\\x y', 'C:\\a#b?c%d', 'C:\\a~b^c',
  '\\\\server\\share\\file', '\\\\server\\share\\', '\\\\?\\UNC\\server\\share\\x', '\\\\server',
  '\\\\\\x', '\\\\xn--mnchen-3ya.de\\s', '\\\\münchen.de\\s\\t', 'C:\\a\\..\\b', '\\\\s\\a b\\c#d'];
for (const p of winPaths) {
  show(`pathToFileURL win32 ${JSON.stringify(p)}`, () => url.pathToFileURL(p, { windows: true }).href);
}
for (const bad of [undefined, null, 1, {}, new URL('file:///x')]) {
  show(`pathToFileURL(${String(bad)})`, () => url.pathToFileURL(bad));
}

// Round trips.
for (const p of ['/tmp/a b', '/x/€', '/a%b', '/q?', '/h#']) {
  show(`roundtrip ${p}`, () => url.fileURLToPath(url.pathToFileURL(p)));
}
console.log(path.sep);
