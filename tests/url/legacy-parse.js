'use strict';

// The legacy url.parse(): a table of inputs, each parsed plainly, with parseQueryString and
// with slashesDenoteHost, printing every property of the Url object (and its key order), or
// the error.

const url = require('url');
const util = require('util');

const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://USER:PASS@HOST.COM:8080/P/A/T/H?QUERY=STRING#HASH',
  'http://x.com/path?that\'s#all, folks',
  'http://x.y.com+a/b/c',
  'https://www.example.com/a?b=c&d=e&b=f',
  '//some_path',
  '//host/path',
  '///triple',
  '/path/to?x=y',
  '/path/to#h',
  'path/to',
  '?query',
  '#hash',
  '',
  '   ',
  '  http://a.com/  ',
  '\u00a0http://a.com/\ufeff',
  'http://a.com/ b c ',
  'http:\\\\evil.com\\foo?\\bar#\\baz',
  'http://a\\b@c/d',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://a:b:c@d:8/',
  'http://%41:%42@host/',
  'http://a%zz@host/',
  'mailto:user@example.com',
  'mailto:user@example.com?subject=hi',
  'MAILTO:User@Example.com',
  'javascript:alert("hello world")',
  'JavaScript:void(0)',
  'javascript://x/y',
  'file:///etc/passwd',
  'file://localhost/etc/passwd',
  'file://C:/x',
  'file:/x',
  'file:x',
  'FILE:///X',
  'ftp://ftp.is.co.za/rfc/rfc1808.txt',
  'gopher://g/x',
  'ws://a/b',
  'news:comp.infosystems.www.servers.unix',
  'tel:+1-816-555-1212',
  'telnet://192.0.2.16:80/',
  'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
  'ldap://[2001:db8::7]/c=GB?objectClass?one',
  'http://[::1]:8080/x',
  'http://[::1]x',
  'http://[fe80::1%eth0]/',
  'http://[a b]/',
  'http://[::1',
  'http://a[b]c/',
  'http://münchen.de/ä?ö#ü',
  'http://MÜNCHEN.DE/',
  'http://xn--mnchen-3ya.de/',
  'http://xn--a.com/',
  'http://ex\u200dample.com/',
  'http://a.com:/',
  'http://a.com:x/',
  'http://a.com:80x/',
  'http://a.com:99999/',
  'http://a.com:/x',
  'http://a b.com/',
  'http://a"b.com/',
  'http://a<b.com/',
  'http://a%b.com/',
  'http://a;b.com/',
  'http://a^b.com/',
  'http://a|b.com/',
  'http://a{b}.com/',
  'http://a`b.com/',
  "http://a'b.com/",
  'http://a\tb.com/',
  'http://a\nb\r.com/',
  'http://a_b.com/',
  'http://-a.com/',
  'http://' + 'a'.repeat(256) + '.com/',
  'http://' + 'a'.repeat(60) + '.' + 'b'.repeat(60) + '.com/',
  'http://a.com/%zz',
  'http://a.com/a b"c\'d<e>f\\g^h`i{j|k}l',
  'http://a.com/x?a b#c d',
  'http://a.com/x#a?b',
  'http://a.com/x?#',
  'http://a.com?x',
  'http://a.com#x',
  'http://a.com',
  'http:a.com',
  'http:/a.com',
  'http:///a.com',
  'http://',
  'http://@/',
  'http://:@/',
  'http://user@',
  'sc://h/p',
  'sc:h',
  'a+b-c.d://x',
  '1http://x',
  'http://x/\u0000y',
  'http://x/\ud800',
  'x://user:pw@host:5/?q=1#f',
  'user@host',
  '//user@host/path',
  '//user:pw@host',
  '/\\evil.com',
  '\\\\evil.com\\x',
  'http://a.com/?a=1&a=2&b=%20&c',
  'http://a.com/?=&=',
  'http://a.com/?a[]=1&a[]=2',
  'http://a.com/?__proto__=1&constructor=2',
  'http://a.com/?%zz=%',
  '\tjavascript:alert(1)',
  'data:text/html,<b>x</b>',
  'http://1.2.3/',
  'http://0x7f.1/',
  'http://a.com./',
  'http://A.com.:8/',
  'http://a..b/',
  'http://x:1:2/',
  'http://[::1]:1:2/',
];

function dump(u) {
  const out = {};
  for (const k of Object.keys(u)) {
    const v = u[k];
    out[k] = v !== null && typeof v === 'object' ? util.inspect(v) : v;
  }
  return JSON.stringify(out);
}

for (const input of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    let out;
    try {
      const u = url.parse(input, pq, sdh);
      out = `${u.constructor.name} ${dump(u)}`;
    } catch (e) {
      out = `${e.name} ${e.code} ${e.message}${e.input !== undefined ? ` input=${JSON.stringify(e.input)}` : ''}`;
    }
    console.log(`${JSON.stringify(input)} ${pq ? 'Q' : '-'}${sdh ? 'S' : '-'} ${out}`);
  }
}

// The Url object.
const u = url.parse('http://a.com/x?y=1', true);
console.log(u instanceof url.Url, Object.getPrototypeOf(u.query), url.parse(u) === u);
console.log(Object.keys(new url.Url()).join(','));
console.log(util.inspect(new url.Url()));
console.log(u);
console.log(url.parse('http://a.com/x?y=1&y=2&z', true).query);

// Argument validation.
for (const v of [undefined, null, 1, {}, [], true, Symbol('s')]) {
  try {
    url.parse(v);
    console.log('no error for', typeof v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
