'use strict';
// url: WHATWG URL / URLSearchParams and the legacy API given wrong arguments.
// pathToFileURL resolves against the working directory, which the printed (shortened) results
// would show: a fixed one keeps the output the same in any checkout.
process.cwd = () => '/fixed/cwd';
const url = require('url');
const { URL, URLSearchParams } = url;
const { matrix, show, badValues } = require('./fixtures/check');

matrix('new URL', (u, b) => new URL(u, b).href, ['http://a/b', undefined],
       [undefined, null, 1, '', 'x', {}, [], Symbol('s'), 'http://[::1', 'http://a b', 'file:', 'http://%zz', 'http:///'], [0]);
matrix('new URL base', (u, b) => new URL(u, b).href, ['c', 'http://a/b'],
       [undefined, null, 1, '', 'x', {}, Symbol('s'), new URL('http://x/y'), 'http://[::1'], [1]);
show('new URL()', () => new URL());
show('URL()', () => URL('http://a'));
matrix('URL.canParse', URL.canParse, ['c', 'http://a'], [undefined, null, 1, '', 'x', {}, Symbol('s')]);
show('URL.canParse()', () => URL.canParse());
matrix('URL.createObjectURL', URL.createObjectURL, [new Blob(['x'])], [undefined, null, 1, 'x', {}]);
matrix('URL.revokeObjectURL', URL.revokeObjectURL, ['blob:nodedata:x'], [undefined, null, 1, 'x', {}, 'blob:x', 'blob:nodedata:']);
show('URL.revokeObjectURL()', () => URL.revokeObjectURL());
const u = new URL('http://user:pw@host:8080/p?q=1#h');
for (const prop of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  matrix(`url.${prop} =`, (v) => { const x = new URL(u.href); x[prop] = v; return x.href; }, ['x'],
         [undefined, null, 1, '', 'a b', '99999', ':', '#', '?', {}, Symbol('s')]);
}
show('url.origin = "x"', () => { u.origin = 'x'; });
show('url.searchParams = 1', () => { u.searchParams = 1; });
show('URL.prototype.href getter on {}', () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}));
show('URL.prototype.toString on {}', () => URL.prototype.toString.call({}));
show('URL.prototype.toJSON on {}', () => URL.prototype.toJSON.call({}));

matrix('new URLSearchParams', (i) => String(new URLSearchParams(i)), [''],
       [undefined, null, 1, 'a=1', '?a=1', {}, { a: 1, b: [1, 2] }, [], [['a', 1]], [['a']], [['a', 1, 2]], [1], ['ab'],
        new Map([['a', 1]]), { [Symbol.iterator]: 1 }, { [Symbol.iterator]() { return [1][Symbol.iterator](); } }, Symbol('s'),
        { [Symbol('k')]: 1, a: 2 }, function fn() {}]);
show('URLSearchParams()', () => URLSearchParams());
const sp = new URLSearchParams('a=1&b=2');
for (const m of ['append', 'set']) {
  show(`sp.${m}()`, () => sp[m]());
  show(`sp.${m}("a")`, () => sp[m]('a'));
  matrix(`sp.${m}`, (n, v) => { sp[m](n, v); return String(sp); }, ['k', 'v'], [undefined, null, 1, {}, Symbol('s')]);
}
for (const m of ['get', 'getAll', 'has', 'delete']) {
  show(`sp.${m}()`, () => sp[m]());
  matrix(`sp.${m}`, (n, v) => sp[m](n, v), ['a', undefined], [undefined, null, 1, {}, Symbol('s')]);
}
matrix('sp.forEach', (f) => sp.forEach(f), [() => {}], [undefined, null, 1, 'x', {}]);
for (const m of ['get', 'set', 'append', 'has', 'delete', 'getAll', 'sort', 'toString', 'keys', 'values', 'entries', 'forEach']) {
  show(`URLSearchParams.prototype.${m} on {}`, () => URLSearchParams.prototype[m].call({}, 'a', 'b'));
}
show('size on {}', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}));
show('iterator next on {}', () => sp.keys().next.call({}));

// Legacy and helpers
matrix('url.parse', (s, q, h) => url.parse(s, q, h).href, ['http://a/b', false, false],
       [undefined, null, 1, {}, [], Symbol('s'), '', 'http://a b', 'http://[::1]:x', 'javascript:alert(1)'], [0]);
matrix('url.format', (o, opts) => url.format(o, opts), [{ host: 'a', protocol: 'http' }, undefined],
       [undefined, null, 1, true, 'http://a', Symbol('s'), () => {}, new URL('http://a/'), []], [0]);
matrix('url.format options', (o, opts) => url.format(o, opts), [new URL('http://u:p@a/#h'), {}],
       [null, 1, 'x', { fragment: 0 }, { auth: false, search: false, unicode: true }], [1]);
matrix('url.resolve', url.resolve, ['http://a/b', 'c'], [undefined, null, 1, {}, '', Symbol('s')]);
matrix('url.resolveObject', (a, b) => url.resolveObject(a, b).href, ['http://a/b', 'c'], [undefined, null, 1, {}, '']);
matrix('url.fileURLToPath', url.fileURLToPath, ['file:///a'],
       [undefined, null, 1, {}, '', 'x', 'http://a/', 'file://host/a', 'file:///a%2fb', 'file:///a%2Fb', 'file:///a%00',
        new URL('http://a/'), new URL('file:///x%2F'), Symbol('s')]);
show('url.fileURLToPath()', () => url.fileURLToPath());
matrix('url.pathToFileURL', (p, o) => url.pathToFileURL(p, o).href, ['/a', undefined],
       [undefined, null, 1, {}, '', 'rel', '/a b', '/a%', '/a\\b', '/a\n', Symbol('s')], [0]);
matrix('url.pathToFileURL options', (p, o) => url.pathToFileURL(p, o).href, ['/a', undefined],
       [null, 1, { windows: 1 }, { windows: true }, { windows: false }], [1]);
matrix('url.domainToASCII', url.domainToASCII, ['example.com'], [...badValues(), 'xn--', 'ex ample', 'ü.com', '[::1]']);
show('url.domainToASCII()', () => url.domainToASCII());
matrix('url.domainToUnicode', url.domainToUnicode, ['example.com'], [...badValues(), 'xn--', 'xn--tda.com', 'a..b']);
show('url.domainToUnicode()', () => url.domainToUnicode());
matrix('url.urlToHttpOptions', (x) => JSON.stringify(url.urlToHttpOptions(x)), [new URL('http://a')],
       [undefined, null, 1, 'http://a', {}, { hostname: '[::1]' }, Symbol('s')]);
show('new url.Url()', () => typeof new url.Url());
