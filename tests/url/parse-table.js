'use strict';

// A table of WHATWG URL parsing cases: for each input (and base) the components of the
// parsed URL, or the error. Covers special and non-special schemes, relative references,
// hosts (domains, IPv4 forms, IPv6, IDNA, opaque hosts), ports, credentials, paths with dot
// segments, percent-encoding in every component, file URLs and opaque paths.

const cases = [];
const add = (input, base) => cases.push([input, base]);

// --- special schemes, basic shapes
for (const s of ['http', 'https', 'ws', 'wss', 'ftp']) {
  add(`${s}://example.com`);
  add(`${s}://example.com/`);
  add(`${s}://EXAMPLE.com:0/a`);
  add(`${s}:example.com/x`);
  add(`${s}:/example.com/x`);
  add(`${s}:\\\\example.com\\x\\y`);
  add(`${s}:///example.com`);
  add(`${s}://`);
  add(`${s}://:80/`);
  add(`${s}://user@/`);
}
add('HTTP://EXAMPLE.COM/PATH');
add('hTtPs://a.b/c');
add('http://example.com:80/');
add('https://example.com:443/');
add('ws://example.com:80/');
add('wss://example.com:443/');
add('ftp://example.com:21/');
add('http://example.com:443/');
add('https://example.com:80/');
add('http://example.com:0080/');
add('http://example.com:65535/');
add('http://example.com:65536/');
add('http://example.com:99999999999999999999/');
add('http://example.com:-1/');
add('http://example.com:1a/');
add('http://example.com: 1/');
add('http://example.com:/');
add('http://example.com:');
add('sc://example.com:1234/');
add('sc://example.com:/');
add('sc://example.com:65536/');

// --- whitespace, controls
add('  http://example.com/  ');
add('\u0000\u001fhttp://example.com/\u0001');
add('ht\ttp://exa\nmple.com/p\rath');
add('http://example.com/a b');
add('http://example.com/a\u0000b');
add('http://exa mple.com/');
add('http://example.com/\u007f');
add('\thttp://a/\t');
add('http://a/ ?  # ');

// --- credentials
add('http://user:pass@example.com/');
add('http://user@example.com/');
add('http://:pass@example.com/');
add('http://user:@example.com/');
add('http://:@example.com/');
add('http://@example.com/');
add('http://a@b@c/');
add('http://a:b:c@d/');
add('http://us er:p@ss@example.com/');
add('http://user%40x:p%3Aw@example.com/');
add('http://ü:ö@example.com/');
add('http://a;b=c[]^|@example.com/');
add('http://@/');
add('http://user:pass@/');
add('sc://user:pass@host/');
add('sc://user@/');
add('file://user@host/');
add('http://user:pass@example.com:8080/p?q#f');
add('http://a\\b@c/');
add('https://x/y@z');

// --- domains and IDNA
add('http://ExAmPlE.CoM/');
add('http://example.com./');
add('http://example..com/');
add('http://.example.com/');
add('http://a.b.c.d.e.f/');
add('http://münchen.de/');
add('http://MÜNCHEN.de/');
add('http://xn--mnchen-3ya.de/');
add('http://XN--MNCHEN-3YA.DE/');
add('http://faß.de/');
add('http://βόλος.com/');
add('http://日本語.jp/');
add('http://☃.net/');
add('http://%E2%98%83.net/');
add('http://%e2%98%83.net/');
add('http://xn--n3h.net/');
add('http://a%41.com/');
add('http://a%2e.com/');
add('http://ex%61mple.com/');
add('http://%zz.com/');
add('http://%25.com/');
add('http://%00.com/');
add('http://a%20b.com/');
add('http://xn--/');
add('http://xn--a.com/');
add('http://xn--iñvalid.com/');
add('http://\u00ad/');
add('http://a\u00adb.com/');
add('http://%C2%AD/');
add('http://\u200d.com/');
add('http://a\u200cb.com/');
add('http://ｅｘａｍｐｌｅ.com/');
add('http://example。com/');
add('http://example．com/');
add('http://a_b.com/');
add('http://a*b.com/');
add('http://a$b.com/');
add('http://a!b.com/');
add('http://a~b.com/');
add('http://a<b.com/');
add('http://a>b.com/');
add('http://a^b.com/');
add('http://a|b.com/');
add('http://a"b.com/');
add("http://a'b.com/");
add('http://a{b.com/');
add('http://a`b.com/');
add('http://a%b.com/');
add('http://[a].com/');
add('http://-a-.com/');
add('http://a--b.com/');
add('http://ab--c.com/');
add('http://1a.com/');
add('http://\u0663.com/');
add('http://a.\u05d0/');
add('http://\u05d0\u05d1.com/');
add('http://\u05d0a.com/');
add('http://\ufffd.com/');
add('http://\ud800.com/');
add('http://a.b\u0301.com/');
add('http://\u0301a.com/');
add('http://x.' + 'a'.repeat(70) + '.com/');
add('http://' + 'a.'.repeat(130) + 'com/');
add('http://Ⅻ.com/');
add('http://ǅ.com/');
add('http://İ.com/');
add('http://ﬀ.com/');

// --- IPv4
const ipv4 = [
  '0', '1', '127.0.0.1', '127.1', '127.0.1', '0x7f.1', '0x7F000001', '2130706433', '017700000001',
  '0177.0.0.1', '0x7f.0.0.0x1', '1.2.3.4.', '1.2.3.4..', '1.2.3.4.5', '256.0.0.1', '1.256.0.1',
  '1.2.256', '1.2.65536', '1.16777216', '4294967295', '4294967296', '0xffffffff', '0x100000000',
  '0x', '0x.0x.0x.0x', '0X1.0X2', '00', '08', '09.1', '0x1g', '1.2.3.09', '1.2.3.0x', '1.2.3.4x',
  'x1.2.3.4', '1.2.3.4.x', '.1.2.3.4', '1..2', '999999999999999999999', '0xffffffffffffffffff',
  '1.2.3', '1.2', '0.0.0.0', '255.255.255.255', '255.255.255.256', '%31.%32.%33.%34',
  '１２７．０．０．１', '0..0x300', 'a.b.c.1', 'a.1.2', '1.a', '0x7f.a',
  '08.1', '1.08', '0.08', '1e1', '1.2.3.4%2e', '０x7f.1',
];
for (const h of ipv4) add(`http://${h}/`);
for (const h of ['127.1', '1.2.3.4', '0x7f.1', '999.1']) add(`sc://${h}/`);

// --- IPv6
const ipv6 = [
  '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1::8',
  '1:0:0:0:0:0:0:8', '0:0:0:0:0:0:0:1', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:1:0:0',
  'ABCD:EF01:2345:6789:ABCD:EF01:2345:6789', '::ffff:192.168.0.1', '::ffff:0xc0.1.2.3',
  '::127.0.0.1', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '::1.2.3.4.5',
  '::01.2.3.4', '::1.2.3.256', '::1.2.3.04', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1', '1:',
  '1:::2', '1::2::3', '12345::', 'g::', '::%31', '0::0:0', 'fe80::1%25eth0', '[::1]', ' ::1',
  '::1 ', '1:2:3:4:5::1.2.3.4', '::ffff:1.2.3.4', '0:0:0:0:0:ffff:102:304', '::0.0.0.0',
  '1::1.2.3.4', 'ffff::', 'FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF', '0000:0000::0001', '::1.',
  '1.2.3.4', '', ':', ':::', '::1:', '1::2:', 'a:b:c:d:e:f:0:0', '0:0:a:b:c:d:e:f',
];
for (const h of ipv6) add(`http://[${h}]/`);
add('http://[::1]:8080/');
add('http://[::1]x/');
add('http://[::1/');
add('http://::1]/');
add('http://[::1]]/');
add('sc://[::1]/');
add('sc://[1.2.3.4]/');
add('sc://[::1%]/');
add('http://[::1]:/');
add('file://[::1]/x');

// --- opaque hosts (non-special)
for (const h of ['host', 'HOST', 'ho%41st', 'hö', 'a b', 'a<b', 'a>b', 'a^b', 'a|b', 'a"b', 'a`b',
  'a{b}', 'a%', 'a%zz', "a'b", 'a!$&()*+,;=b', '\u0000', 'a\u007fb', 'xn--a', '_', 'a~b', 'a[b']) {
  add(`sc://${h}/`);
}
add('sc://');
add('sc:///');
add('sc:////');
add('sc://h');
add('sc://h?q');
add('sc://h#f');
add('sc://@h/');
add('sc://:p@h/');
add('sc://h:80/');
add('sc://h:xyz/');
add('sc://\\h/');
add('sc:\\\\h/');

// --- paths and dot segments
const paths = [
  '/', '/a/b/c', '/a/./b', '/a/../b', '/a/b/..', '/a/b/../', '/a/b/.', '/..', '/../..', '/./',
  '/a/%2e/b', '/a/%2E%2E/b', '/a/.%2e/b', '/a/%2e./b', '/a/%2e%2e', '/a/..%2f', '/a/...',
  '/a/.../b', '/a//b', '//a', '///a', '/a\\b', '/a\\..\\b', '/a/b?c', '/a/b#c', '/a?b#c?d#e',
  '/a b', '/a"b', '/a#b', '/a<b>', '/a`b', '/a{b}', '/a|b', '/a^b', '/a[b]', "/a'b", '/a%b',
  '/a%2fb', '/a%zzb', '/ü', '/\u{1F600}', '/\ud800', '/a\u0000b', '/a\u001fb', '/a\u007fb',
  '/a~b', '/a!$&()*+,;=:@b', '/.a', '/a.', '/..a', '/a..', '/.//', '/%2e/',
];
for (const p of paths) add(`http://h${p}`);
for (const p of ['/a/./b', '/a/../b', '/..', '/a\\b', '/a b', '//x', '/.//x', '/a/..//b', '/a"<>`{}|^']) {
  add(`sc://h${p}`);
  add(`sc:${p}`);
}
add('sc:/..//p');
add('sc:/.//p');
add('sc:/./p');
add('sc:/../p');
add('sc:/a/..//p');
add('http://h/a/b/c/../../../../d');

// --- query and fragment encoding
const qf = ['a b', 'a"b', "a'b", 'a#b', 'a<b>', 'a`b', 'a{b}', 'a|b', 'a^b', 'a[b]', 'a\\b', 'ü',
  '\u{1F600}', '\ud800', 'a%zz', 'a%41', 'a\u0000b', 'a\u007fb', '?', '??', '#', 'a=b&c=d', '%',
  'a+b', "!$&'()*+,-./:;=?@_~"];
for (const s of qf) {
  add(`http://h/p?${s}`);
  add(`sc://h/p?${s}`);
  add(`http://h/p#${s}`);
  add(`sc:p?${s}#${s}`);
}
add('http://h/p?');
add('http://h/p#');
add('http://h/p?#');
add('http://h?x');
add('http://h#x');

// --- opaque paths
for (const s of ['mailto:user@example.com', 'javascript:alert(1)', 'data:text/plain,hello world',
  'urn:isbn:0451450523', 'sc:a b', 'sc:a b ', 'sc:a b ?q', 'sc:a b #f', 'sc: ', 'sc:\u0000',
  'sc:ü', 'sc:%zz', 'sc:a"b<>`{}|^', 'sc:a\\b', 'sc:/', 'sc:', 'sc:?', 'sc:#', 'about:blank',
  'tel:+1-555', 'a:b:c', 'a+b.c-d:e', '1a:b', 'a!:b', 'blob:https://example.com:8/uuid',
  'blob:http://a/b', 'blob:ftp://a/b', 'blob:file:///x', 'blob:sc://a/b', 'blob:', 'blob:bad',
  'blob:blob:https://a/', 'sc:\u007f']) {
  add(s);
}

// --- file URLs
const files = [
  'file:', 'file:/', 'file://', 'file:///', 'file:////', 'file://///x', 'file:x', 'file:/x',
  'file:///x', 'file://host/x', 'file://HOST/x', 'file://localhost/x', 'file://LOCALHOST/x',
  'file://localhost', 'file://localhost/', 'file://localhost.', 'file://127.0.0.1/x',
  'file://[::1]/x', 'file://ü/x', 'file://host:80/x', 'file://user@host/x', 'file:///C:/x',
  'file:///C|/x', 'file:///c:/x', 'file://C:/x', 'file://C|/x', 'file:C:/x', 'file:C|x',
  'file:/C:/x', 'file:///C:', 'file:///C:/', 'file:///C:/..', 'file:///C:/../..', 'file:///C:/a/../..',
  'file:///C:/a/../../b', 'file:///C/x', 'file:///CC:/x', 'file:///C:x', 'file:///1:/x',
  'file:\\\\host\\share\\x', 'file:\\C:\\x', 'file:///a/../..', 'file:///..', 'file://host/..',
  'file://host/C:/x', 'file:///x?q#f', 'file://%41/x', 'file://a%20b/x', 'file://xn--n3h/',
  'FILE:///X', 'file:///C%3A/x', 'file:///C%7C/x', 'file:.', 'file:..', 'file://h/./a',
  'file:///a/%2e%2e/b',
];
for (const f of files) add(f);

// --- relative references
const bases = [
  'http://user:pw@example.com:8080/a/b/c?q#f',
  'https://example.com',
  'sc://host/a/b',
  'sc:opaque',
  'file:///C:/dir/file',
  'file://host/share/dir/',
  'file:///a/b',
];
const refs = ['', 'x', './x', '../x', '../../x', '../../../../x', '/x', '//x', '///x', '?y', '#z',
  'x?y#z', '.', '..', './', '../', 'g;x', 'g;x?y#s', ';x', '\\x', '\\\\x', 'http:x', 'http:/x',
  'http://x', 'https:x', 'sc:x', 'file:x', 'C:/x', 'C|x', '/C:/x', '//C:/x', 'x:y', 'mailto:z',
  ' x ', 'a b', '%2e%2e/x', 'x/%2E/y', '?', '#', '//', '/'];
for (const b of bases) {
  for (const r of refs) add(r, b);
}
add('x', 'invalid base');
add('http://ok/', 'invalid base');
add('x', '');
add('#x', 'sc:opaque');
add('#x', 'sc:opaque?q');
add('?x', 'sc:opaque');
add('x', 'data:text/plain,a');
add('', 'about:blank');
add('http:', 'http://h/p');
add('http:?x', 'http://h/p');
add('http:#x', 'http://h/p');
add('https:', 'http://h/p');
add('ws:/x', 'ws://h/p');
add('//', 'http://h/p');
add('//', 'sc://h/p');
add('///x', 'sc://h/p');

// --- invalid inputs
for (const s of ['', ' ', 'x', '/a', '//a', ':', 'http', 'http:', 'https:', 'file', '1http://a',
  '\u0000', 'http://a b/', 'http://a\u0000b/', 'http://[/', 'http://]/', 'http://a:b/',
  'http://a@/', 'http://@a@/', 'http:// /', '://a', 'a:', 'a!b:c', 'http://%/', 'http://a%/']) {
  add(s);
}

function show(input, base) {
  let url;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    return `${e.name} ${e.code} ${e.message} input=${JSON.stringify(e.input)}` +
      (e.base !== undefined ? ` base=${JSON.stringify(e.base)}` : '');
  }
  return JSON.stringify([url.href, url.origin, url.protocol, url.username, url.password,
    url.host, url.hostname, url.port, url.pathname, url.search, url.hash]);
}

let parsed = 0;
for (const [input, base] of cases) {
  const out = show(input, base);
  if (!out.startsWith('TypeError')) parsed++;
  const can = base === undefined ? URL.canParse(input) : URL.canParse(input, base);
  const viaParse = base === undefined ? URL.parse(input) : URL.parse(input, base);
  const label = JSON.stringify(input) + (base === undefined ? '' : ` @ ${JSON.stringify(base)}`);
  console.log(`${label} ${can ? '' : '(!canParse) '}${viaParse === null ? '(null) ' : ''}=> ${out}`);
}
console.log(`${cases.length} cases, ${parsed} parsed`);
