'use strict';

// URL setters: for each starting URL, setter and new value, the resulting components.
// Covers the edge rules: special/non-special scheme switches, file URLs without credentials
// or ports, hosts with ports, brackets and invalid characters, port parsing that stops at a
// non-digit, pathnames of opaque URLs, search/hash with and without their leading character,
// trailing spaces of opaque paths, and values that are not strings.

const starts = [
  'http://user:pass@example.com:8080/p/a/t/h?query=string#hash',
  'https://example.com/',
  'sc://h/p?q#f',
  'sc:opaque path ?q#f',
  'file:///C:/dir/file',
  'file://host/share',
  'sc:/p',
  'sc://u:p@h:1/',
  'mailto:me@example.com',
  'http://[::1]:81/',
  'ws://x/',
];

const values = {
  protocol: ['https', 'http:', 'HTTP', 'ftp', 'ws', 'sc', 'file', 'sc:', 'a b', '1x', '', 'https:foo',
    'git+ssh', 'h\ttp', ' http', 'javascript', 'blob', 'wss:', 'mailto'],
  username: ['', 'me', 'me:you', 'a@b', 'ü', 'a b', '%41', "!$&'()*+,;=:@[]^|/\\", '\u0000'],
  password: ['', 'secret', 's:e', 'a@b', 'ü', 'a b', '%zz', '/?#'],
  host: ['', 'example.net', 'example.net:81', 'example.net:', 'example.net:0', 'example.net:65536',
    'example.net:abc', 'example.net:12ab', 'EXAMPLE.NET', 'a b', 'a/b', 'a?b', 'a#b', 'a\\b', '[::1]',
    '[::1]:99', '[::1', '1.2.3', '0x7f.1', 'münchen.de', 'xn--a', 'h:80', 'a@b', ':80', 'localhost',
    'a%20b', '\u0000'],
  hostname: ['', 'example.net', 'example.net:81', 'EXAMPLE.NET', 'a/b', 'a?b', '[::1]', '1.2.3',
    'münchen.de', 'a b', 'localhost', 'a:b', 'xn--a', '%41', 'a#b'],
  port: ['', '0', '81', '80', '443', '8080abc', 'abc', '65535', '65536', '-1', ' 81', '81 ', '0081',
    '1e3', '99999999999999999999', '\t82'],
  pathname: ['', '/', 'a', '/a/b', '/a/../b', '..', '/..', 'a b', '?', '#', '/%2e/', '\\a\\b',
    '//x', '/C:/x', 'C|', 'ü', '/a%2fb', '..//x', '/./'],
  search: ['', '?', 'a=b', '?a=b', '??a', 'a b', '#x', 'ü', "'", 'a=1&b=2', '\ud800'],
  hash: ['', '#', 'x', '#x', '##x', 'a b', 'ü', '"<>`', '?'],
};

function components(u) {
  return JSON.stringify([u.href, u.protocol, u.username, u.password, u.host, u.hostname,
    u.port, u.pathname, u.search, u.hash]);
}

for (const start of starts) {
  for (const [setter, list] of Object.entries(values)) {
    for (const value of list) {
      const u = new URL(start);
      let note = '';
      try {
        u[setter] = value;
      } catch (e) {
        note = ` threw ${e.name} ${e.code}`;
      }
      console.log(`${start} .${setter} = ${JSON.stringify(value)}${note} -> ${components(u)}`);
    }
  }
}

// Non-string values are converted with String().
for (const [setter, value] of [['port', 8080], ['port', null], ['port', undefined], ['hash', 0],
  ['search', { toString() { return 'x=1'; } }], ['pathname', ['a', 'b']], ['host', 12],
  ['protocol', 'ws'], ['username', false]]) {
  const u = new URL('http://example.com/');
  u[setter] = value;
  console.log(`.${setter} = ${String(value)} -> ${u.href}`);
}

// href setter: a full re-parse; an invalid value throws and leaves the URL unchanged.
const h = new URL('http://a/b?c#d');
h.href = 'https://x.y/z?w';
console.log(h.href, h.searchParams.get('w'));
try {
  h.href = 'not a url';
} catch (e) {
  console.log(e.name, e.code, e.message, e.input, h.href);
}
try {
  h.href = '/relative';
} catch (e) {
  console.log(e.name, e.code, e.input, h.href);
}

// Trailing spaces of an opaque path go when the query and fragment go.
for (const [start, steps] of [
  ['sc:x  ?q#f', [['hash', ''], ['search', '']]],
  ['sc:x  ?q#f', [['search', ''], ['hash', '']]],
  ['sc:x  #f', [['hash', '']]],
  ['sc:x  ?q', [['search', '']]],
  ['sc:x %20 #f', [['hash', '']]],
  ['sc:x  ?q', [['hash', 'y'], ['search', ''], ['hash', '']]],
]) {
  const u = new URL(start);
  const seen = [];
  for (const [k, v] of steps) {
    u[k] = v;
    seen.push(JSON.stringify(u.href));
  }
  console.log(start, seen.join(' '));
}

// A failing host setter keeps what it changed before the failure.
const p = new URL('http://example.net:8080/path');
p.host = 'example.com:65536';
console.log(p.href);
p.host = 'example.org:12x';
console.log(p.href);

// Setters on a URL whose searchParams were changed see the new query.
const q = new URL('http://h/p?a=1#frag');
q.searchParams.append('b', '2 3');
q.hash = 'g';
console.log(q.href);
q.searchParams.delete('a');
q.pathname = '/other';
console.log(q.href);
q.searchParams.delete('b');
console.log(q.href, JSON.stringify(q.search));
