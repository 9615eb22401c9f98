'use strict';
// indexOf/lastIndexOf/includes with a utf8 needle holding lone surrogates: Node searches for their
// WTF-8 bytes (ED A0 80 for U+D800), not the U+FFFD that Buffer.from writes.
console.log(Buffer.from('\udc00').indexOf('\udc00'), Buffer.from([0xed, 0xb0, 0x80]).indexOf('\udc00'));
console.log(Buffer.from([0x61, 0xed, 0xa0, 0x80]).indexOf('a\ud800'), Buffer.from([0xed, 0xa0, 0x80]).includes('\ud800'));
console.log(Buffer.from('x\ud800').lastIndexOf('\ud800'), Buffer.from([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]).indexOf('\ud800\udc00'));
console.log(Buffer.from('\ud83d\ude00').indexOf('\ud83d\ude00'), Buffer.from('ab').indexOf('b\ud800'));
console.log(Buffer.from([0xed, 0xb0, 0x80]).indexOf('\udc00', 0, 'utf-8'), Buffer.from('\udc00', 'utf16le').indexOf('\udc00', 0, 'ucs2'));
console.log(Buffer.from([0xed, 0xb0, 0x80]).lastIndexOf('\udc00'), Buffer.from('\ufffd').indexOf('\ufffd'));
