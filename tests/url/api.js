'use strict';

// The shape of the url module and of URL, the constructor's argument handling and errors,
// URL.canParse / URL.parse, toString/toJSON, origin, domainToASCII / domainToUnicode, and the
// object URL methods.

const url = require('url');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    const extra = 'input' in e ? ` input=${JSON.stringify(e.input)}` : '';
    const base = 'base' in e ? ` base=${JSON.stringify(e.base)}` : '';
    console.log(label, '!!', e.name, e.code, e.message, JSON.stringify(Object.keys(e)) + extra + base);
  }
}

console.log(Object.keys(url).join(','));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, require('node:url') === url);
console.log(Object.getOwnPropertyNames(URL.prototype).join(','));
console.log(Object.keys(URL.prototype).join(','));
console.log(Object.getOwnPropertyNames(URL).sort().join(','), Object.keys(URL).join(','));
console.log(URL.name, URL.length, URL.canParse.length, URL.parse.length, typeof URL.createObjectURL);
console.log(Object.prototype.toString.call(new URL('http://a')), URL.prototype[Symbol.toStringTag]);
for (const k of ['href', 'origin', 'searchParams', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  console.log(k, typeof d.get, typeof d.set, typeof d.value, d.enumerable, d.configurable);
}
console.log(Object.keys(new URL('http://a/')).length, JSON.stringify(new URL('http://a/')));

// Constructor arguments.
show('no args', () => new URL());
show('undefined', () => new URL(undefined));
show('null', () => new URL(null));
show('number', () => new URL(1));
show('object toString', () => new URL({ toString() { return 'http://obj/'; } }).href);
show('symbol', () => new URL(Symbol('x')));
show('URL input', () => new URL(new URL('http://a/b')).href);
show('base URL object', () => new URL('c', new URL('http://a/b/')).href);
show('base undefined', () => new URL('http://a/', undefined).href);
show('base null', () => new URL('x', null));
show('invalid', () => new URL('invalid'));
show('invalid with base', () => new URL('http://[', 'http://a/'));
show('invalid base', () => new URL('x', 'bad base'));
show('relative without base', () => new URL('/x'));
show('lone surrogate input', () => new URL('\ud800'));
show('call without new', () => { try { URL('http://a'); } catch (e) { return e instanceof TypeError; } });

// canParse / parse.
for (const [i, b] of [['http://a'], ['x'], ['x', 'http://a/'], ['x', 'bad'], ['', 'http://a/'], [1], [null, 'sc://h']]) {
  show(`canParse ${JSON.stringify(i)} ${JSON.stringify(b)}`, () => (b === undefined ? URL.canParse(i) : URL.canParse(i, b)));
  show(`parse ${JSON.stringify(i)} ${JSON.stringify(b)}`, () => {
    const r = b === undefined ? URL.parse(i) : URL.parse(i, b);
    return r === null ? null : `${r.constructor.name} ${r.href}`;
  });
}
show('canParse no args', () => URL.canParse());
show('parse no args', () => URL.parse());
show('canParse undefined base', () => URL.canParse('http://a', undefined));

// origin.
for (const s of ['http://a.com:80/x', 'https://a.com:8443/', 'ws://a', 'wss://a:443', 'ftp://u:p@a:21/',
  'file:///x', 'sc://h/', 'blob:https://a.com:1/x', 'blob:http://a/', 'blob:ftp://a/', 'blob:sc://h/',
  'blob:bad', 'blob:', 'blob:blob:http://a/', 'data:,x', 'http://[::1]:8/', 'https://xn--mnchen-3ya.de/']) {
  show(`origin ${s}`, () => new URL(s).origin);
}

// domainToASCII / domainToUnicode.
for (const d of ['', 'example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'xn--iñvalid.com',
  'faß.de', 'βόλος.com', '☃.net', '1.2.3', '0x7f.1', '[::1]', '[::1', 'a:b', 'a/b', 'a?b', 'a#b',
  'a b', 'a%41', '%zz', 'a..b.', '.', '\u00ad', 'xn--', 'xn--a.com', 'ｅｘａｍｐｌｅ.com', '日本語.jp',
  'xn--wgv71a119e.jp', 'a\u200db', '\u0663.com', 'a_b', '*.example.com', 'XN--MNCHEN-3YA.DE']) {
  show(`domain ${JSON.stringify(d)}`, () => `${url.domainToASCII(d)} | ${url.domainToUnicode(d)}`);
}
show('domainToASCII no args', () => url.domainToASCII());
show('domainToUnicode no args', () => url.domainToUnicode());
show('domainToASCII number', () => url.domainToASCII(12));
show('domainToASCII undefined', () => url.domainToASCII(undefined));

// Object URLs: only Blobs are accepted.
show('createObjectURL string', () => URL.createObjectURL('x'));
show('createObjectURL object', () => URL.createObjectURL({}));
show('revokeObjectURL no args', () => URL.revokeObjectURL());
show('revokeObjectURL unknown', () => URL.revokeObjectURL('blob:nodedata:unknown'));
show('revokeObjectURL garbage', () => URL.revokeObjectURL('not a url'));

// Getters on a non-URL receiver.
for (const k of ['href', 'protocol', 'search']) {
  show(`${k} bad this`, () => { try { return Object.getOwnPropertyDescriptor(URL.prototype, k).get.call({}); } catch (e) { return e instanceof TypeError; } });
}
show('toString bad this', () => { try { return URL.prototype.toString.call({}); } catch (e) { return e instanceof TypeError; } });

// Serialization helpers.
const u = new URL('https://a.com/p?q=1#h');
console.log(u.toString() === u.href, u.toJSON() === u.href, `${u}`, u + '', JSON.stringify([u]));
console.log(new URL('HTTP://EXAMPLE.COM:80/%7Efoo/./bar/../baz?A=%41#%42').href);
