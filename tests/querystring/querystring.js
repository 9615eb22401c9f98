'use strict';

// querystring: parse/decode with separators, maxKeys and custom decoders; stringify/encode with
// arrays, non-string values and custom encoders; escape, unescape and unescapeBuffer on
// malformed input; the module's shape.

const qs = require('querystring');
const util = require('util');

function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '=>', typeof v === 'string' ? JSON.stringify(v) : util.inspect(v, { breakLength: Infinity }));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

console.log(Object.keys(qs).join(','), qs.encode === qs.stringify, qs.decode === qs.parse);

// parse.
const parseInputs = [
  '', 'a', 'a=', '=b', '=', '&', '&&', 'a=1&b=2', 'a=1&a=2&a=3', 'a=1&&b=2', '&a=1&', 'a=b=c',
  'a+b=c+d', 'a%20b=c%20d', '%zz=%yy', 'a=%', 'a=%2', 'a=%41', '%41=%42', 'a=%E2%82%AC',
  'a=%E2%82', 'a=%ff', 'a=%C0%AF', 'a=\u20ac%41%', 'é=ü', 'a=\ud800', 'a=%ED%A0%80',
  '__proto__=1', 'constructor=2&hasOwnProperty=3', 'toString=x', 'a[]=1&a[]=2', 'a.b=c',
  ' a = b ', 'a=1;b=2', 'a=%2B+%2B', 'a%3Db=c', '%=%', '%%=%%41', 'a=%4+1é', 'x=%A%41',
  'a=1&b&c=&=d&e=f=g', '?a=1', '#a=1', 'a\u0000=b',
];
for (const s of parseInputs) show(`parse ${JSON.stringify(s)}`, () => qs.parse(s));

// Separators.
const sepCases = [
  ['a:1;b:2', ';', ':'], ['a=>1,,b=>2', ',,', '=>'], ['a==1&&b==2', '&&', '=='], ['aab', 'ab'],
  ['xaabyabz', 'ab'], ['a=1&b=2', '', ''], ['a=1&b=2', null, undefined], ['a|1|b|2', '|', '|'],
  ['a12b12', 12, 1], ['k::v;;k2::v2', ';;', '::'], ['a=b=c', '&', 'b='], ['a&&&b', '&&'],
  ['a=1&b=2', '&', '==='], ['a=1', 'a'],
];
for (const [s, sep, eq] of sepCases) show(`parse ${JSON.stringify(s)} sep=${JSON.stringify(sep)} eq=${JSON.stringify(eq)}`, () => qs.parse(s, sep, eq));

// maxKeys.
for (const maxKeys of [undefined, 0, -1, 1, 2, 3, NaN, '1', Infinity, 1.5]) {
  show(`maxKeys ${String(maxKeys)}`, () => qs.parse('a=1&b=2&&c=3&d=4', null, null, { maxKeys }));
}
show('maxKeys empty first', () => qs.parse('&a=1', null, null, { maxKeys: 1 }));
{
  const big = [];
  for (let i = 0; i < 1005; i++) big.push(`k${i}=${i}`);
  show('default maxKeys 1000', () => Object.keys(qs.parse(big.join('&'))).length);
}

// Custom decoder.
show('custom decoder', () => qs.parse('a=1+2&b=%41', null, null, { decodeURIComponent: (s) => `<${s}>` }));
show('custom decoder throws', () => qs.parse('a=%zz&b=%41+', null, null, { decodeURIComponent: () => { throw new Error('no'); } }));
show('custom decoder non-function', () => qs.parse('a=%41', null, null, { decodeURIComponent: 'x' }));
show('decoder sees raw key', () => qs.parse('%61+b=c', null, null, { decodeURIComponent: decodeURIComponent }));

// Non-string input.
for (const v of [undefined, null, 1, {}, [], true]) show(`parse ${String(v)}`, () => qs.parse(v));
show('result prototype', () => Object.getPrototypeOf(qs.parse('a=1')));

// stringify.
const objs = [
  {}, { a: 1, b: 'x y', c: true, d: false }, { a: [1, 2, 3] }, { a: [] }, { a: [], b: 1 },
  { a: null, b: undefined, c: NaN, d: Infinity, e: -0, f: 1e21, g: 1e-7, h: 10n },
  { a: { nested: 1 } }, { a: () => 1 }, { a: Symbol('s') }, { 'k y': 'v&=?#' }, { '': '' },
  { é: '€', '😀': '\u0000' }, { a: [null, undefined, 'x', [1]] }, { a: 1e21, b: -1e21, c: 12345678901234567890 },
  Object.assign(Object.create({ inherited: 1 }), { own: 2 }), [1, 2], { "!'()*-._~": "!'()*-._~" },
];
for (const o of objs) show(`stringify ${util.inspect(o, { breakLength: Infinity })}`, () => qs.stringify(o));
show('stringify sep eq', () => qs.stringify({ a: 1, b: [2, 3] }, ';', ':'));
show('stringify empty sep', () => qs.stringify({ a: 1, b: 2 }, '', ''));
show('stringify custom encoder', () => qs.stringify({ a: 'x y', b: [1, true], c: null, d: 1e21 }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
show('stringify escape override', () => {
  const orig = qs.escape;
  qs.escape = (s) => `{${s}}`;
  try {
    return qs.stringify({ a: 'b', c: 2 });
  } finally {
    qs.escape = orig;
  }
});
for (const v of [undefined, null, 1, 'str', true]) show(`stringify ${String(v)}`, () => qs.stringify(v));
show('stringify lone high surrogate end', () => qs.stringify({ a: '\ud800' }));
show('stringify lone low surrogate', () => qs.stringify({ a: '\udc00x' }));
show('stringify surrogate + char', () => qs.stringify({ a: '\ud800a' }));
show('stringify pair', () => qs.stringify({ a: '\ud83d\ude00' }));

{
  const big = {};
  for (let i = 0; i < 150; i++) big[`key ${i}`] = i % 3 === 0 ? [i, `v ${i}`] : `value ${i}`;
  const out = qs.stringify(big, ';', ':');
  console.log('stringify big', out.length, out);
  console.log('roundtrip big', JSON.stringify(qs.parse(out, ';', ':')) === JSON.stringify(qs.parse(qs.stringify(big), '&', '=')));
}

// escape / unescape.
for (const v of ['', 'abc', 'a b&c=d/e?f#g', "!'()*-._~", 'é€😀', '\ud800', '\ud800x', '\udc00\udc00',
  1, 1.5, null, undefined, true, { toString() { return 'o b'; } }, [1, 'a b']]) {
  show(`escape ${util.inspect(v)}`, () => qs.escape(v));
}
for (const v of ['', 'abc', 'a%20b', 'a+b', '%zz', '%', '%4', '%41%', '%E2%82%AC', '%E2%82', '%FF',
  'é%41%', '€%zz', '%u0041', 'a%2', '%%41', '\ud800%41', '%41\udc00', '\ud800%zz', '😀%41']) {
  show(`unescape ${JSON.stringify(v)}`, () => qs.unescape(v));
  show(`unescape spaces ${JSON.stringify(v)}`, () => qs.unescape(v, true));
}
