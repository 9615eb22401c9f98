'use strict';
// TextEncoder / TextDecoder given wrong arguments.
const { matrix, show, badValues } = require('./fixtures/check');

const te = new TextEncoder();
matrix('te.encode', (s) => Array.from(te.encode(s)).join(','), ['ab'], [...badValues(), '\ud800', { toString() { return 'ts'; } }]);
show('te.encode()', () => te.encode().length);
matrix('te.encodeInto', (s, d) => JSON.stringify(te.encodeInto(s, d)), ['ab', new Uint8Array(4)],
       [undefined, null, 1, 'x', {}, [], new ArrayBuffer(4), new Uint16Array(4), new Int8Array(4), Buffer.alloc(1), Symbol('s')]);
show('te.encodeInto()', () => te.encodeInto());
show('te.encoding', () => te.encoding);
show('TextEncoder.prototype.encode on {}', () => TextEncoder.prototype.encode.call({}, 'a'));
show('TextEncoder.prototype.encodeInto on {}', () => TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(1)));
show('encoding getter on {}', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
show('TextEncoder()', () => TextEncoder());

matrix('new TextDecoder', (e, o) => new TextDecoder(e, o).encoding, ['utf-8', {}],
       [undefined, null, 1, '', 'bogus', 'UTF8', ' utf-8 ', 'latin1', 'ascii', 'utf-16', 'utf-16be', 'iso-8859-2', 'replacement',
        'windows-1252', 'shift_jis', {}, Symbol('s'), 'unicode-1-1-utf-8', 'x-user-defined'], [0]);
matrix('new TextDecoder options', (e, o) => { const d = new TextDecoder(e, o); return `${d.fatal} ${d.ignoreBOM}`; }, ['utf-8', {}],
       [undefined, null, 1, 'x', { fatal: 1 }, { fatal: 'x' }, { ignoreBOM: {} }, [], () => {}], [1]);
show('TextDecoder()', () => TextDecoder());
const td = new TextDecoder();
matrix('td.decode', (b, o) => td.decode(b, o), [new Uint8Array([97]), {}],
       [undefined, null, 1, 'ab', {}, [97], new ArrayBuffer(1), new Uint16Array([0x6261]), new DataView(new ArrayBuffer(2)), Buffer.from('x'), Symbol('s'), true], [0]);
matrix('td.decode options', (b, o) => td.decode(b, o), [new Uint8Array([97]), {}],
       [undefined, null, 1, 'x', { stream: 1 }, { stream: true }, [], () => {}], [1]);
const fatal = new TextDecoder('utf-8', { fatal: true });
for (const bytes of [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
  show(`fatal decode ${bytes}`, () => fatal.decode(new Uint8Array(bytes)));
}
const fatal16 = new TextDecoder('utf-16le', { fatal: true });
show('fatal utf-16le odd', () => fatal16.decode(new Uint8Array([0x61])));
show('fatal utf-16le lone surrogate', () => fatal16.decode(new Uint8Array([0x00, 0xd8])));
const fatalLatin1 = new TextDecoder('latin1', { fatal: true });
show('fatal latin1', () => fatalLatin1.decode(new Uint8Array([0xff])));
show('TextDecoder.prototype.decode on {}', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
for (const p of ['encoding', 'fatal', 'ignoreBOM']) {
  show(`TextDecoder ${p} getter on {}`, () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, p).get.call({}));
}
