'use strict';

// More URL parsing cases, in the style of the web-platform URL tests: tricky authorities,
// percent-encoded and full-width hosts, IPv4/IPv6 corner cases, dot segments with escapes,
// non-special schemes with empty hosts and '/.' prefixes, opaque-path bases, and file URLs
// with drive letters against file bases.

const cases = [
  ['http://example.com/foo/%2e%2'], ['http://[0:0:0:0:0:0:13.1.68.3]'], ['http://%30%78%63%30%2e%30%32%35%30.01'],
  ['http://192.168.0.257'], ['http://0xc0.0250.01'], ['http://[google.com]'], ['http://[::1.2.3.]'],
  ['non-special://[1:2:0:0:5:0:0:0]/'], ['http://a:b@c:29/d'], ['http::@c:29', 'http://example.org/foo/bar'],
  ['http://&a:foo(b]c@d:2/'], ['http://::@c@d:2'], ['http://foo.com:b@d/'], ['http://foo.com/\\@'],
  ['http:\\\\foo.com\\'], ['http:\\\\a\\b:c\\d@foo.com\\'], ['foo:/'], ['foo:/bar.com/'], ['foo://///////'],
  ['foo://///////bar.com/'], ['foo:////://///'], ['c:/foo'], ['//foo/bar', 'http://example.org/foo/bar'],
  ['http://foo/path;a??e#f#g'], ['http://foo/abcd?efgh?ijkl'], ['http://foo/abcd#foo?bar'],
  ['[61:24:74]:98', 'http://example.org/foo/bar'], ['http:[61:27]/:foo', 'http://example.org/foo/bar'],
  ['http://[1::2]:3:4'], ['http://2001::1'], ['http://2001::1]'], ['http://2001::1]:80'], ['http://[2001::1]'],
  ['http://[::127.0.0.1]'], ['http://[2001::1]:80'], ['http:/example.com/', 'http://example.org/foo/bar'],
  ['ftp:/example.com/', 'http://example.org/foo/bar'], ['madeupscheme:/example.com/', 'http://example.org/foo/bar'],
  ['file:/example.com/', 'http://example.org/foo/bar'], ['ftps:/example.com/', 'http://example.org/foo/bar'],
  ['gopher:/example.com/', 'http://example.org/foo/bar'], ['ws:/example.com/', 'http://example.org/foo/bar'],
  ['data:/example.com/', 'http://example.org/foo/bar'], ['javascript:/example.com/', 'http://example.org/foo/bar'],
  ['mailto:/example.com/', 'http://example.org/foo/bar'], ['http:example.com/', 'http://example.org/foo/bar'],
  ['ftp:example.com/', 'http://example.org/foo/bar'], ['madeupscheme:example.com/', 'http://example.org/foo/bar'],
  ['http://example.com/foo/../../..'], ['http://example.com/foo/../../../ton'], ['http://example.com/foo/%2e'],
  ['http://example.com/foo/%2e./%2e%2e/.%2e/%2e.bar'], ['http://example.com////../..'],
  ['http://example.com/foo/bar//../..'], ['http://example.com/foo/bar//..'], ['http://example.com/%20foo'],
  ['http://example.com/foo%'], ['http://example.com/foo%2'], ['http://example.com/foo%2zbar'],
  ['http://example.com/foo%2©zbar'], ['http://example.com/foo%41%7a'], ['http://example.com/foo\t\u0091%91'],
  ['http://example.com/foo%00%51'], ['http://example.com/(%28:%3A%29)'], ['http://example.com/%3A%3a%3C%3c'],
  ['http://example.com/foo\tbar'], ['http://example.com\\\\foo\\\\bar'], ['http://example.com/%7Ffp3>*i'],
  ['http://example.com/你好你好'], ['http://example.com/‥/foo'], ['http://example.com/\ufeff/foo'],
  ['http://example.com/\u202e/foo/\u202d/bar'], ['http://www.google.com/foo?bar=baz#'],
  ['http://www.google.com/foo?bar=baz# »'], ['data:test# »'], ['http://192.0x00A80001'],
  ['http://www/foo%2Ehtml'], ['http://www/foo/%2E/html'], ['http://%25DOMAIN:foobar@foodomain.com/'],
  ['http:\\\\www.google.com\\foo'], ['httpa://foo:80/'], ['http://foo:-80/'], ['gopher://foo:70/'],
  ['gopher://foo:443/'], ['ws://foo:815/'], ['wss://foo:815/'], ['http://GOO\u200b\u2060\ufeffgoo.com'],
  ['http://GOO\u00a0\u3000goo.com'], ['http://www.foo。bar.com'], ['http://\ufdd0zyx.com'],
  ['http://%ef%b7%90zyx.com'], ['http://Ｇｏ.com'], ['http://％４１.com'], ['http://%ef%bc%85%ef%bc%94%ef%bc%91.com'],
  ['http://％００.com'], ['http://%ef%bc%85%ef%bc%90%ef%bc%90.com'], ['http://你好你好'], ['https://faß.ExAmPlE/'],
  ['sc://faß.ExAmPlE/'], ['http://%zz%66%a.com'], ['http://%25'], ['http://hello%00'],
  ['http://%3g%78%63%30%2e%30%32%35%30%2E.06'], ['http://192.168.0.1 hello'], ['https://x x:12'],
  ['http://０Ｘｃ０．０２５０．０１'], ['http://./'], ['http://../'], ['h://.'], ['http://[www.google.com]/'],
  ['http://host/?\''], ['notspecial://host/?\''], ['/some/path', 'http://user@example.org/smth'],
  ['', 'http://user:pass@example.org:21/smth'], ['/some/path', 'http://user:pass@example.org:21/smth'],
  ['i', 'sc:sd'], ['i', 'sc:sd/sd'], ['i', 'sc:/pa/pa'], ['i', 'sc://ho/pa'], ['i', 'sc:///pa/pa'],
  ['../i', 'sc:sd'], ['../i', 'sc:sd/sd'], ['../i', 'sc:/pa/pa'], ['../i', 'sc://ho/pa'], ['../i', 'sc:///pa/pa'],
  ['/i', 'sc:sd'], ['/i', 'sc:/pa/pa'], ['?i', 'sc:sd'], ['?i', 'sc:/pa/pa'], ['#i', 'sc:sd'], ['#i', 'sc:/pa/pa'],
  ['about:/../'], ['data:/../'], ['javascript:/../'], ['mailto:/../'], ['sc://ñ.test/'], ['sc://%/'],
  ['sc://@/'], ['sc://te@s:t@/'], ['sc://:/'], ['sc://:12/'], ['x', 'sc://ñ'], ['sc:\\../'], ['sc::a@example.net'],
  ['sc:a@example.net'], ['sc:/a@example.net'], ['sc:/a@example.net/'], ['tftp://foobar.com/someconfig;mode=netascii'],
  ['telnet://user:pass@foobar.com:23/'], ['ut2004://10.10.10.10:7777/Index.ut2'],
  ['redis://foo:bar@somehost:6379/0?baz=bam&qux=baz'], ['rsync://foo@host:911/sup'], ['git://github.com/foo/bar.git'],
  ['irc://myserver.com:6999/channel?passwd'], ['dns://fw.example.org:9999/foo.bar.org?type=TXT'],
  ['ldap://localhost:389/ou=People,o=JNDITutorial'], ['git+https://github.com/foo/bar'], ['urn:ietf:rfc:2648'],
  ['tag:joe@example.org,2001:foo/bar'], ['non-spec:/.//'], ['non-spec:/..//'], ['non-spec:/a/..//'],
  ['non-spec:/.//path'], ['non-spec:/..//path'], ['non-spec:/a/..//path'], ['/.//path', 'non-spec:/p'],
  ['/..//path', 'non-spec:/p'], ['..//path', 'non-spec:/p'], ['a/..//path', 'non-spec:/p'], ['', 'non-spec:/..//p'],
  ['path', 'non-spec:/..//p'], ['../path', 'non-spec:/.//p'], ['non-special://%E2%80%A0/'],
  ['non-special://H%4fSt/path'], ['non-special://[1:2:0:0:0:0:0:3]/'], ['non-special://[1:2::3]:80/'],
  ['non-special://[:80/'], ['blob:https://example.com:443/'], ['blob:d3958f5c-0777-0845-9dcf-2cb28783acaf'],
  ['http://0x7f.0.0.0x7g'], ['http://0X7F.0.0.0X7G'], ['http://[::127.0.0.0.1]'], ['http://[0:1:0:1:0:1:0:1]'],
  ['http://[1:0:1:0:1:0:1:0]'], ['http://example.org/test?\u0022'], ['http://example.org/test?\u0023'],
  ['http://example.org/test?\u003C'], ['http://example.org/test?\u003E'], ['http://example.org/test?\u2323'],
  ['http://example.org/test?%23%23'], ['http://example.org/test?%GH'], ['http://example.org/test?a#%EF'],
  ['http://example.org/test?a#%GH'], ['a'], ['a/'], ['a//'], ['test-a-colon.html', 'a:'], ['test-a-colon-b.html', 'a:b'],
  ['test-a-colon-slash.html', 'a:/'], ['test-a-colon-slash-slash.html', 'a://'], ['test-a-colon-slash-b.html', 'a:/b'],
  ['test-a-colon-slash-slash-b.html', 'a://b'], ['http://example.org/test?a#b\u0000c'],
  ['non-spec://example.org/test?a#b\u0000c'], ['non-spec:/test?a#b\u0000c'], ['10.0.0.7:8080/foo.html', 'file:///some/dir/bar.html'],
  ['a!@$*=/foo.html', 'file:///some/dir/bar.html'], ['a1234567890-+.:foo/bar', 'http://example.com/dir/file'],
  ['file://a\u00ADb/p'], ['file://a%C2%ADb/p'], ['file://\u00ad/p'], ['file://%C2%AD/p'], ['file://xn--/p'],
  ['file://loC𝐀𝐋𝐇𝐨𝐬𝐭/usr/bin'], ['file://localhost//a//../..//foo'], ['file://localhost////foo'], ['file:////foo'],
  ['file:///localhost//cat'], ['file://\\/localhost//cat'], ['file://localhost//a//../..//'], ['/////mouse', 'file:///elephant'],
  ['\\//pig', 'file://lion/'], ['\\/localhost//pig', 'file://lion/'], ['//localhost//pig', 'file://lion/'],
  ['/..//localhost//pig', 'file://lion/'], ['file://', 'file://ape/'], ['/rooibos', 'file://tea/'], ['/?chai', 'file://tea/'],
  ['C|', 'file://host/dir/file'], ['C|', 'file://host/D:/dir1/dir2/file'], ['C|#', 'file://host/dir/file'],
  ['C|?', 'file://host/dir/file'], ['C|/', 'file://host/dir/file'], ['C|\n/', 'file://host/dir/file'],
  ['C|\\', 'file://host/dir/file'], ['C', 'file://host/dir/file'], ['C|a', 'file://host/dir/file'],
  ['/c:/foo/bar', 'file:///c:/baz/qux'], ['/c|/foo/bar', 'file:///c:/baz/qux'], ['file:\\c:\\foo\\bar', 'file:///c:/baz/qux'],
  ['/c:/foo/bar', 'file://host/path'], ['file://example.net/C:/'], ['file://1.2.3.4/C:/'], ['file://[1::8]/C:/'],
  ['C|/', 'file://host/'], ['/C:/', 'file://host/'], ['file:C:/', 'file://host/'], ['file:/C:/', 'file://host/'],
  ['//C:/', 'file://host/'], ['file://C:/', 'file://host/'], ['///C:/', 'file://host/'], ['file:///C:/', 'file://host/'],
  ['file:/C|/'], ['file://C|/'], ['file:?q=v'], ['file:#frag'], ['file:///Y:'], ['file:///Y:/'], ['file:///./Y'],
  ['file:///./Y:'], ['\\\\\\.\\Y:'], ['file:///y:'], ['file:///./y:'], ['\\\\\\.\\y:'], ['file:..', 'http://www.example.com/test'],
  ['file:a', 'http://www.example.com/test'], ['file:', 'http://www.example.com/test'], ['file:?x', 'file:///a/b'],
  ['file:#x', 'file:///a/b?q'], ['..', 'file:///C:/'], ['..', 'file:///C:/a'], ['../..', 'file:///C:/a/b'],
  ['/', 'file:///C:/a/b'], ['/x', 'file:///C:/a/b'], ['//x', 'file:///C:/a/b'], ['x', 'file:///C:'],
  ['http:', 'https://example.org/foo/bar'], ['http:/', 'https://example.org/foo/bar'], ['http://', 'https://example.org/foo/bar'],
  ['http:/a', 'http://example.org/foo/bar'], ['http:a', 'http://example.org/foo/bar'], ['HTTP:a', 'http://example.org/foo/bar'],
  ['\\x', 'http://example.org/foo/bar'], ['\\\\x\\y', 'http://example.org/foo/bar'], ['\\x', 'sc://h/a/b'],
  ['//x/y', 'sc:opaque'], ['/x', 'sc:opaque'], ['x', 'javascript:alert(1)'], ['#', 'sc:opaque'], ['#x#y', 'sc:o'],
  ['http://a\u0000b/'], ['sc://a\u0000b/'], ['http://a\u001fb/'], ['sc://a\u001fb/'], ['http://a\u007fb/'], ['sc://a\u007fb/'],
  ['http://ab\u00a0c/'], ['http://[::1%2]/'], ['http://[0x1::]/'], ['http://[1::1:1.2.3.4]/'], ['http://[1:2:3:4:5:6:7:8:]/'],
  ['http://1.2.3.4.5.6/'], ['http://256.256.256.256.256/'], ['http://0x100.0/'], ['http://0.0x100/'], ['http://1.0x1000000/'],
  ['http://00000000000000000001/'], ['http://0x00000000000000000001/'], ['http://1.2.3.09/'], ['http://09.2.3.4/'],
];

function show(input, base) {
  let url;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    return `${e.code}`;
  }
  return JSON.stringify([url.href, url.origin, url.protocol, url.username, url.password,
    url.host, url.hostname, url.port, url.pathname, url.search, url.hash]);
}

for (const [input, base] of cases) {
  console.log(`${JSON.stringify(input)}${base === undefined ? '' : ` @ ${JSON.stringify(base)}`} => ${show(input, base)}`);
}
console.log(cases.length, 'cases');
