'use strict';
// util: every public function given wrong arguments, and inspect's options.
const util = require('util');
const { matrix, show, showAsync, badValues } = require('./fixtures/check');

const noop = () => {};
// inspect options, one at a time.
const optionValues = [undefined, null, 1, -1, 1.5, NaN, Infinity, 'x', true, {}, [], Symbol('s'), 10n];
for (const name of ['depth', 'colors', 'customInspect', 'showHidden', 'showProxy', 'maxArrayLength', 'maxStringLength',
                    'breakLength', 'compact', 'sorted', 'getters', 'numericSeparator']) {
  matrix(`inspect ${name}`, (v) => util.inspect({ a: [1, 2, 3], s: 'abcdef' }, { [name]: v }), [0], optionValues);
}
matrix('inspect options', (o) => util.inspect({ a: 1 }, o), [{}], [null, 1, 'x', true, [], Symbol('s'), () => {}]);
show('inspect legacy (obj, showHidden, depth, colors)', () => util.inspect({ a: { b: { c: {} } } }, false, 0, false));
show('inspect sorted: fn', () => util.inspect({ b: 1, a: 2 }, { sorted: (a, b) => (a < b ? 1 : -1) }));
for (const v of [null, 1, 'x', [], { depth: 'x' }, { colors: 1 }]) {
  show(`inspect.defaultOptions = ${util.format('%o', v)}`, () => { util.inspect.defaultOptions = v; return util.inspect.defaultOptions.depth; });
}
show('inspect() with no args', () => util.inspect());

matrix('format', (...a) => util.format(...a), ['%s:%d:%i:%f:%j:%o:%O:%c:%%', 1, 2, 3, 4, 5, 6, 7], [undefined, null, 1, Symbol('s'), 10n, {}, [], noop], [0, 1, 2, 3, 4, 5]);
matrix('formatWithOptions', (o, ...a) => util.formatWithOptions(o, ...a), [{}, 'x %s', 1], [undefined, null, 1, 'x', true, [], noop]);

matrix('promisify', (f) => typeof util.promisify(f), [noop], badValues());
show('promisify custom not a function', () => util.promisify({ [util.promisify.custom]: 1, __proto__: Function.prototype }));
show('promisify custom non-fn on fn', () => { const f = () => {}; f[util.promisify.custom] = 'x'; return util.promisify(f); });
matrix('callbackify', (f) => typeof util.callbackify(f), [async () => 1], badValues());
const cbified = util.callbackify(async (x) => x);
matrix('callbackified last argument', (...a) => cbified(...a), [1, noop], [undefined, null, 1, 'x', {}], [1]);
show('callbackified()', () => cbified());
matrix('inherits', util.inherits, [function A() {}, function B() {}], [undefined, null, 1, 'x', {}, noop, Object.create(null)]);
show('inherits superCtor.prototype undefined', () => util.inherits(function A() {}, Object.assign(() => {}, { prototype: undefined })));
show('inherits ctor without prototype', () => util.inherits(() => {}, function B() {}));
matrix('deprecate', (f, m, c) => typeof util.deprecate(f, m, c), [noop, 'msg', 'DEP0'], [undefined, null, 1, 'x', {}, noop, Symbol('s')]);
matrix('debuglog', (s) => typeof util.debuglog(s), ['x'], [null, 1, 'x', {}]);
show('debuglog(undefined)()', () => util.debuglog(undefined)('hi'));
show('debuglog(1)()', () => util.debuglog(1)('hi'));
show('debuglog(Symbol)()', () => util.debuglog(Symbol('s'))('hi'));
matrix('isDeepStrictEqual', util.isDeepStrictEqual, [1, 1], [undefined, null, NaN, '1', {}, []]);
matrix('styleText', (f, t, o) => util.styleText(f, t, o), ['red', 'x', { validateStream: false }],
       [undefined, null, 1, 'x', 'bogus', {}, ['red', 'nope'], ['bold', 'red'], [], [1], Symbol('s')], [0, 1]);
matrix('styleText options', (f, t, o) => util.styleText(f, t, o), ['red', 'x', { validateStream: false }],
       [null, 1, 'x', { validateStream: 1 }, { stream: 1 }, { stream: {} }, { stream: null, validateStream: true },
        { stream: { write() {} }, validateStream: true }, { validateStream: false, stream: 1 }], [2]);
matrix('stripVTControlCharacters', util.stripVTControlCharacters, ['\u001b[31mx'], badValues());
matrix('toUSVString', util.toUSVString, ['a\ud800b'], [undefined, null, 1, {}, [1, 2], 10n, Symbol('s')]);
matrix('getSystemErrorName', util.getSystemErrorName, [-2], [undefined, null, 0, 1, 1.5, -1.5, NaN, '-2', -(2 ** 31) - 1, Infinity, 10n, -99999]);
show('getSystemErrorMap() is a Map', () => util.getSystemErrorMap() instanceof Map);
matrix('parseArgs', (c) => JSON.stringify(util.parseArgs(c)), [{ args: [] }],
       [null, 1, 'x', { args: 'x' }, { args: [1] }, { options: 1 }, { options: { a: 1 } }, { options: { a: { type: 'x' } } },
        { options: { a: { type: 'string', short: 'ab' } } }, { options: { a: { type: 'string', multiple: 1 } } },
        { options: { a: { type: 'boolean', default: 'x' } } }, { strict: 1 }, { allowPositionals: 'x' }, { tokens: 1 },
        { allowNegative: 1 }, { args: ['--a'], options: { a: { type: 'string' } } }, { args: ['-x'] }, { args: ['pos'] }]);
show('parseArgs() with no args', () => typeof util.parseArgs({ args: [] }).values);

// MIMEType / MIMEParams
matrix('new MIMEType', (s) => String(new util.MIMEType(s)), ['text/plain'],
       [undefined, null, 1, {}, '', 'text', 'text/', '/plain', 'te xt/plain', 'text/plain;a=b', 'text/plain;a="b', 'ü/x']);
show('MIMEType()', () => util.MIMEType('text/plain'));
const mime = new util.MIMEType('text/plain');
for (const prop of ['type', 'subtype']) {
  matrix(`mime.${prop} =`, (v) => { mime[prop] = v; return String(mime); }, ['x'], [undefined, null, 1, '', 'a b', 'ü', {}]);
}
matrix('mime.essence =', (v) => { mime.essence = v; return String(mime); }, ['x/y'], [1, 'a/b']);
matrix('params.set', (n, v) => { mime.params.set(n, v); return String(mime); }, ['a', 'b'], [undefined, null, 1, '', 'a b', '"', 'ü', {}]);
matrix('params.get', (n) => mime.params.get(n), ['a'], [undefined, null, 1, {}]);
matrix('params.has', (n) => mime.params.has(n), ['a'], [undefined, null, 1, {}]);
matrix('params.delete', (n) => mime.params.delete(n), ['a'], [undefined, null, 1, {}]);
show('new MIMEParams().set()', () => new util.MIMEParams().set());
show('MIMEParams.prototype.get.call({})', () => util.MIMEParams.prototype.get.call({}, 'a'));

// Async helpers
for (const v of [undefined, null, 1, {}]) showAsync(`util.aborted(${util.format('%o', v)}, {})`, () => util.aborted(v, {}));
showAsync('promisified error', () => util.promisify((cb) => cb(new RangeError('r')))());
showAsync('promisified falsy error', () => util.promisify((cb) => cb(0, 'v'))());
showAsync('callbackified rejects falsy', () => new Promise((resolve) => {
  util.callbackify(() => Promise.reject(null))((err) => resolve(`${err.code}: ${err.message} ${err.reason}`));
}));
showAsync('callbackified rejects undefined', () => new Promise((resolve) => {
  util.callbackify(() => Promise.reject())((err) => resolve(`${err.code}: ${err.message}`));
}));
