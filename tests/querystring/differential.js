'use strict';

// Pseudo-random query strings (a fixed-seed generator, so every run sees the same inputs) over
// an alphabet of the characters that matter — separators, '+', '%', hex digits, non-ASCII and
// lone surrogates — parsed by querystring.parse with several separators and options, by
// URLSearchParams, and with querystring.unescape / unescapeBuffer replaced by user functions.

const qs = require('querystring');
const util = require('util');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const alphabet = ['a', 'b', '=', '&', ';', ':', '+', '%', '2', '0', 'F', 'f', 'e', 'z', 'é', '€', '\ud800',
  '\udc00', '%41', '%e2%82%ac', '%E2%82', '%C3', '%ff', '==', '&&', ' ', '?', '#', '%2B', '%25'];
function randomString() {
  const len = rand(12);
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
  return s;
}
const show = (v) => util.inspect(v, { breakLength: Infinity });

const configs = [
  [undefined, undefined, undefined],
  [';', ':', undefined],
  ['&&', '==', undefined],
  ['a', 'b', undefined],
  ['&', '=', { maxKeys: 2 }],
  ['&', '=', { decodeURIComponent: (s) => `<${s}>` }],
  ['&', '=', { decodeURIComponent: (s) => qs.unescape(s) }],
  ['&', '=', { decodeURIComponent: () => { throw new Error('x'); } }],
  [[], [], undefined],
];
for (let n = 0; n < 300; n++) {
  const s = randomString();
  const parts = [JSON.stringify(s)];
  for (const [sep, eq, opts] of configs) parts.push(show(qs.parse(s, sep, eq, opts)));
  parts.push(show([...new URLSearchParams(s)]));
  console.log(parts.join(' | '));
}

// With replaced unescape functions.
const { unescape, unescapeBuffer } = qs;
qs.unescape = (s) => `U(${s})`;
for (const s of ['a=%41', 'a+b=c+d', '%zz=1', 'x']) {
  console.log('replaced unescape', JSON.stringify(s), show(qs.parse(s)), show([...new URLSearchParams(s)]));
}
qs.unescape = unescape;
qs.unescapeBuffer = (s) => Buffer.from(`B(${s})`);
for (const s of ['a=%41', 'a=%zz%41', '%E2%82=1', 'x=%']) {
  console.log('replaced unescapeBuffer', JSON.stringify(s), show(qs.parse(s)), show([...new URLSearchParams(s)]));
}
qs.unescapeBuffer = unescapeBuffer;
console.log(show(qs.parse('a=%E2%82')));
