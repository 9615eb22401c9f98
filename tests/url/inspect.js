'use strict';

// util.inspect of URL, URLSearchParams and their iterators: plain, nested, at depth limits,
// with showHidden (the URL context), breakLength wrapping, colors, and subclasses.

const util = require('util');

const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=%20z#f');
console.log(u);
console.log([u]);
console.log({ a: { b: { c: u } } });
console.log({ a: { b: u } });
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ u }, { depth: 0 }));
console.log(util.inspect(u, { showHidden: true }));
console.log(util.inspect(new URL('foo:bar'), { showHidden: true }));
console.log(util.inspect(new URL('file:///C:/x?q'), { showHidden: true }));
console.log(util.inspect(u, { breakLength: Infinity }));
console.log(util.inspect(u, { colors: true }));
console.log(util.inspect(u, { compact: false }));
console.log(new URL('blob:https://example.org:9/uuid'));
console.log(new URL('sc:opaque'));
console.log(String(u), `${u}`, JSON.stringify(u), JSON.stringify({ u }));
console.log(Object.prototype.toString.call(u));

class MyURL extends URL {}
console.log(new MyURL('http://sub.class/'));

const p = new URLSearchParams('a=1&b=2&a=3');
console.log(p);
console.log(new URLSearchParams());
console.log([p, new URLSearchParams()]);
console.log({ a: { b: { c: p } } });
console.log(util.inspect(p, { depth: -1 }));
console.log(util.inspect(p, { colors: true }));
console.log(new URLSearchParams('a=1&b=2&cccccccccccccccccccccccccccccccc=ddddddddddddddddddddddddddddddddd&ee=ffffff'));
console.log(util.inspect(new URLSearchParams('aaaaaaaaaa=bbbbbbbbbb&cccccccccc=dddddddddd'), { breakLength: 40 }));
console.log(new URLSearchParams({ "quo'te": 'new\nline', '😀': '\u0000' }));
class MyParams extends URLSearchParams {}
console.log(new MyParams('m=1'));

console.log(p.keys());
console.log(p.values());
console.log(p.entries());
console.log(p[Symbol.iterator]());
const it = p.entries();
it.next();
console.log(it);
it.next();
it.next();
console.log(it);
console.log(util.inspect(p.entries(), { depth: 0 }));
console.log(util.inspect({ x: { y: p.keys() } }, { depth: 1 }));
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, 'v'.repeat(12));
console.log(long.entries());
console.log(long.keys());
console.log(util.inspect(long.values(), { breakLength: 200 }));
