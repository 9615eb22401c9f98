'use strict';

// url.format (legacy objects, strings and WHATWG URLs with options), url.resolve and
// url.resolveObject, including the RFC 3986 reference-resolution examples and Node's
// handling of protocols without slashes, and urlToHttpOptions.

const url = require('url');
const util = require('util');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'string' ? JSON.stringify(v) : util.inspect(v, { breakLength: Infinity }));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

// format of legacy objects.
const objects = [
  {},
  { protocol: 'http', host: 'a.com' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: '/x' },
  { protocol: 'http', hostname: 'a.com', port: '8080', host: 'b.com:1', pathname: 'x' },
  { protocol: 'https:', hostname: '::1', pathname: '/' },
  { protocol: 'https:', hostname: '[::1]', port: 5 },
  { protocol: 'mailto', auth: 'user', hostname: 'example.com' },
  { protocol: 'mailto:', pathname: 'user@example.com' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', pathname: 'C:/x' },
  { protocol: 'file' },
  { protocol: 'fil' },
  { protocol: 'http', pathname: '/a#b?c' },
  { protocol: 'http', host: 'h', search: 'x=1' },
  { protocol: 'http', host: 'h', search: '?x=1#y' },
  { protocol: 'http', host: 'h', query: { a: 1, b: [2, 3], c: 'd e' } },
  { protocol: 'http', host: 'h', query: 'ignored=1' },
  { protocol: 'http', host: 'h', search: '?s=1', query: { q: 1 } },
  { protocol: 'http', host: 'h', hash: 'frag' },
  { protocol: 'http', host: 'h', hash: '#frag' },
  { protocol: 'http', host: 'h', auth: 'user:pa ss@x' },
  { protocol: 'http', host: 'h', auth: 'ü:€/?#[]' },
  { slashes: true, host: 'h', pathname: 'p' },
  { slashes: true, pathname: 'p' },
  { host: 'h', pathname: 'p' },
  { pathname: 'a/b', search: '?c' },
  { protocol: 'sc', host: 'h', pathname: 'p' },
  { protocol: 'sc', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'javascript', pathname: 'alert(1)' },
  { href: 'http://ignored/', protocol: 'http', host: 'used' },
  { protocol: 'http', hostname: 'a.com', port: 0 },
  { protocol: 'HTTP', host: 'A.COM' },
  Object.assign(Object.create({ protocol: 'http', host: 'inherited' }), { pathname: '/own' }),
];
for (const o of objects) show(`format ${JSON.stringify(o)}`, () => url.format(o));
show('format Url', () => url.format(url.parse('http://u:p@h:1/p?q=1#f')));
show('format string', () => url.format('HTTP://A.com/a b?c d#e f'));
show('format string simple', () => url.format('/a?b'));
show('Url.prototype.format', () => url.parse('http://x.com/a?b=c').format());
for (const bad of [undefined, null, 1, true, Symbol('s')]) show(`format ${String(bad)}`, () => url.format(bad));
show('format array', () => url.format([]));
show('format function', () => url.format(() => {}));

// format of WHATWG URLs.
const w = new URL('http://user:pass@xn--mnchen-3ya.de:8080/p?q=1#frag');
show('whatwg default', () => url.format(w));
for (const options of [{}, { fragment: false }, { unicode: true }, { search: false }, { auth: false },
  { fragment: false, unicode: true, search: false, auth: false }, { fragment: 0, search: '' },
  { unicode: 1 }, { fragment: null, auth: undefined }, undefined, null, false]) {
  show(`whatwg ${JSON.stringify(options)}`, () => url.format(w, options));
}
show('whatwg options string', () => url.format(w, 'x'));
show('whatwg options number', () => url.format(w, 1));
show('whatwg unicode ipv6', () => url.format(new URL('http://[::1]/'), { unicode: true }));
show('whatwg unicode opaque', () => url.format(new URL('sc://xn--mnchen-3ya.de/'), { unicode: true }));
show('whatwg unicode file', () => url.format(new URL('file://xn--mnchen-3ya.de/x'), { unicode: true }));
show('whatwg no auth password only', () => url.format(new URL('http://:pw@h/'), { auth: false }));
show('whatwg opaque no search', () => url.format(new URL('sc:x ?q#f'), { search: false, fragment: false }));

// resolve: RFC 3986 section 5.4 examples and more.
const rfcBase = 'http://a/b/c/d;p?q';
const rfc = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
  '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
  'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g'];
for (const r of rfc) show(`resolve ${rfcBase} + ${r}`, () => url.resolve(rfcBase, r));

const pairs = [
  ['/foo/bar/baz', 'quux'], ['/foo/bar/baz', '../quux/baz'], ['/foo/bar/baz', '/bar'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/a/b/c/d'], ['http://example.com/b//c//d;p?q#blarg', 'http:#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d'],
  ['/foo/bar/baz', '.'], ['/foo/bar/baz/', '../../../../../../..'], ['foo/bar', '../../../baz'],
  ['foo/bar/', '../../../baz'], ['http://example.com/b//c//d;p?q#blarg', 'mailto:x@y'],
  ['mailto:a@b.com', 'mailto:c@d.com'], ['mailto:a@b.com', 'x'], ['mailto:a@b.com', '?subject=hi'],
  ['mailto:a@b.com', '/x'], ['mailto:user@host/x', '../y'], ['javascript:alert(1)', 'x'],
  ['http://a.com/x', 'javascript:void(0)'], ['file:///a/b', '../c'], ['file:///a/b', 'file:c'],
  ['file:///a/b', 'http:c'], ['http://a.com', 'b'], ['http://a.com', '/b'], ['http://a.com', '?b'],
  ['http://a.com', '#b'], ['http://a.com/a', '//b.com/c'], ['http://a.com/a', '//b.com'],
  ['https://a.com/a', 'http://b.com'], ['http://u:p@a.com/x', '/y'], ['http://u:p@a.com/x', '//b.com/y'],
  ['http://a.com/a/b/', '..'], ['http://a.com/a/b/', '...'], ['', 'http://a.com'], ['', ''],
  ['http://a.com/a', ''], ['http://a.com/a?x', ''], ['http://a.com/a?x#y', '#z'], ['sc://h/a/b', '../c'],
  ['sc:a/b', 'c'], ['sc:a/b', '../c'], ['http://a.com/p', 'HTTP://B.COM/Q'], ['http://a.com/p', 'http:/b'],
  ['http://a.com/p', 'http:b'], ['http://a.com/p', 'https:b'], ['http://[::1]/a', 'b'],
  ['http://a.com/a b', 'c d'], ['/a', 'http://b.com'], ['a', '/b'], ['./a', './b'], ['../a', 'b'],
  ['http://a.com/x', '\\\\b.com\\y'], ['http://a.com/x', 'user@host'], ['mailto:', 'x'],
];
for (const [b, r] of pairs) show(`resolve ${JSON.stringify(b)} + ${JSON.stringify(r)}`, () => url.resolve(b, r));

// resolveObject.
const ro = (b, r) => {
  const res = url.resolveObject(b, r);
  return res && typeof res === 'object' ? { keys: Object.keys(res).join(','), ...res } : res;
};
show('resolveObject string', () => ro('http://a.com/b/c', '../d?e#f'));
show('resolveObject Url', () => ro('http://a.com/b/c', url.parse('//x.com/y')));
show('resolveObject empty source', () => ro('', 'rel'));
show('resolveObject null source', () => ro(null, { a: 1 }));
show('resolveObject mailto', () => ro('mailto:a@b', '?x'));
show('resolveObject protocol change', () => ro('http://a/b', 'https:c/d'));
show('resolveObject hostless', () => ro('mailto:x@y/z', '../w'));
show('resolveObject file', () => ro('file:///a/b', 'file:c'));
show('Url#resolve', () => url.parse('http://a/b/c').resolve('../d'));
show('Url#resolveObject keeps extras', () => {
  const base = url.parse('http://a/b');
  base.extra = 'kept';
  return ro(base, 'c');
});

// urlToHttpOptions.
const opts = [
  'http://user:pa%20ss@example.com:8080/p/a?x=1#f',
  'https://[::1]:443/',
  'http://example.com',
  'https://%C3%BC:@h/',
  'http://:p@h/',
  'file:///x',
];
for (const s of opts) show(`urlToHttpOptions ${s}`, () => url.urlToHttpOptions(new URL(s)));
show('urlToHttpOptions extended', () => {
  const u = new URL('http://h/');
  u.custom = 1;
  return url.urlToHttpOptions(u);
});
show('urlToHttpOptions plain object', () => url.urlToHttpOptions({ hostname: '[h]', pathname: '/p', port: '12', username: 'a%zz' }));
show('urlToHttpOptions bad username', () => url.urlToHttpOptions({ username: '%zz', password: '' }));
