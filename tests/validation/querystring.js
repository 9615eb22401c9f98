'use strict';
// querystring and string_decoder given wrong arguments.
const qs = require('querystring');
const { StringDecoder } = require('string_decoder');
const { matrix, show, badValues } = require('./fixtures/check');

const j = (v) => JSON.stringify(v);
matrix('qs.parse', (s, sep, eq, o) => j(qs.parse(s, sep, eq, o)), ['a=1&b=2', '&', '=', undefined],
       [...badValues(), 'a=%zz', '%E0%A4%A=1', 'a&&b==c', Buffer.from('a=1')], [0]);
matrix('qs.parse sep/eq', (s, sep, eq, o) => j(qs.parse(s, sep, eq, o)), ['a=1;b:2', ';', ':', undefined],
       [undefined, null, 1, '', {}, [], 'ab'], [1, 2]);
matrix('qs.parse options', (s, sep, eq, o) => j(qs.parse(s, sep, eq, o)), ['a=1&b=2&c=3', '&', '=', undefined],
       [null, 1, 'x', { maxKeys: 1 }, { maxKeys: 0 }, { maxKeys: -1 }, { maxKeys: 'x' }, { maxKeys: 1.5 }, { maxKeys: NaN },
        { decodeURIComponent: 1 }, { decodeURIComponent: () => 'd' }, { decodeURIComponent: () => { throw new Error('x'); } }], [3]);
matrix('qs.stringify', (o, sep, eq, opts) => qs.stringify(o, sep, eq, opts), [{ a: 1, b: [2, 3] }, '&', '=', undefined],
       [...badValues(), { a: null, b: undefined, c: {}, d: 10n, e: Symbol('s'), f: () => {}, g: NaN, h: Infinity, i: [null, {}] },
        { '\ud800': 1 }, { a: '\udc00' }, Object.create({ inherited: 1 })], [0]);
matrix('qs.stringify sep/eq', (o, sep, eq, opts) => qs.stringify(o, sep, eq, opts), [{ a: 1, b: 2 }, '&', '=', undefined],
       [undefined, null, 1, '', {}, []], [1, 2]);
matrix('qs.stringify options', (o, sep, eq, opts) => qs.stringify(o, sep, eq, opts), [{ a: 'x y' }, '&', '=', undefined],
       [null, 1, { encodeURIComponent: 1 }, { encodeURIComponent: (s) => `<${s}>` }, { encodeURIComponent: null }], [3]);
matrix('qs.escape', qs.escape, ['a b'], [...badValues(), '\ud800', '\udc00x', { toString() { return 'ts'; } }]);
matrix('qs.unescape', qs.unescape, ['a%20b'], [...badValues(), '%zz', '%', '%E0%A4%A', '%ff']);
matrix('qs.unescapeBuffer', (s, d) => qs.unescapeBuffer(s, d).toString('hex'), ['a%20b', false], [undefined, null, 1, '%zz', '+', {}]);

matrix('new StringDecoder', (e) => new StringDecoder(e).encoding, ['utf8'],
       [undefined, null, 1, '', 'bogus', 'UTF-8', 'ucs-2', 'binary', 'base64url', 'hex', {}, true, Symbol('s'), 'utf-16le']);
show('StringDecoder("utf8")', () => StringDecoder('utf8').encoding);
const sd = new StringDecoder('utf8');
for (const m of ['write', 'end', 'text']) {
  matrix(`decoder.${m}`, (b) => j(sd[m](b)), [Buffer.from('a')],
         [undefined, null, 1, 'str', {}, [], new ArrayBuffer(1), new Uint16Array([0x6261]), new DataView(new ArrayBuffer(1)), Symbol('s'), true]);
}
show('decoder.text(buf, 1)', () => j(sd.text(Buffer.from('abc'), 1)));
show('decoder.text(buf, -1)', () => j(sd.text(Buffer.from('abc'), -1)));
show('decoder.text(buf, "x")', () => j(sd.text(Buffer.from('abc'), 'x')));
for (const m of ['write', 'end']) {
  show(`StringDecoder.prototype.${m} on {}`, () => StringDecoder.prototype[m].call({}, Buffer.from('a')));
}
// Non-strings: their own length, the code units of String(value).
for (const v of [[1], Buffer.from('a%20b'), ['%41', 'b'], { length: 3, toString() { return '%41'; } }, 'x%41']) {
  show(`qs.unescapeBuffer(${JSON.stringify(v)})`, () => qs.unescapeBuffer(v).toString('hex'));
  show(`qs.unescape(${JSON.stringify(v)})`, () => qs.unescape(v));
}
