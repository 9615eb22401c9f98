// readline.emitKeypressEvents(stream): 'keypress' (string, key) for characters, control keys
// and the xterm/rxvt/putty escape sequences with their modifiers; only while someone listens;
// sequences and multi-byte characters split across chunks; a lone ESC that becomes the escape
// key after escapeCodeTimeout.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call does nothing
console.log('listeners before a keypress listener', input.listenerCount('data'),
            input.listenerCount('newListener'));

// Data without a keypress listener is not decoded.
input.on('data', () => {});
input.write('unseen');

const keys = [];
input.on('keypress', (s, key) => keys.push(`${JSON.stringify(s)} ${JSON.stringify(key)}`));
console.log('listeners after', input.listenerCount('data'), input.listenerCount('newListener'));

const sequences = [
  'a', 'Z', '7', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x03', '\x1a', '.', '~', 'é', '😀',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[E', '\x1b[F', '\x1b[H', '\x1bOA', '\x1bOB',
  '\x1bOC', '\x1bOD', '\x1bOE', '\x1bOF', '\x1bOH', '\x1b[1~', '\x1b[2~', '\x1b[3~', '\x1b[4~',
  '\x1b[5~', '\x1b[6~', '\x1b[7~', '\x1b[8~', '\x1b[[5~', '\x1b[[6~',
  '\x1bOP', '\x1bOQ', '\x1bOR', '\x1bOS', '\x1b[P', '\x1b[Q', '\x1b[R', '\x1b[S',
  '\x1b[11~', '\x1b[12~', '\x1b[13~', '\x1b[14~', '\x1b[15~', '\x1b[17~', '\x1b[18~', '\x1b[19~',
  '\x1b[20~', '\x1b[21~', '\x1b[23~', '\x1b[24~', '\x1b[[A', '\x1b[[B', '\x1b[[C', '\x1b[[D', '\x1b[[E',
  '\x1b[200~', '\x1b[201~', '\x1b[a', '\x1b[b', '\x1b[c', '\x1b[d', '\x1b[e', '\x1b[2$', '\x1b[3$',
  '\x1b[5$', '\x1b[6$', '\x1b[7$', '\x1b[8$', '\x1bOa', '\x1bOb', '\x1bOc', '\x1bOd', '\x1bOe',
  '\x1b[2^', '\x1b[3^', '\x1b[5^', '\x1b[6^', '\x1b[7^', '\x1b[8^', '\x1b[Z',
  '\x1b[1;2A', '\x1b[1;3B', '\x1b[1;4C', '\x1b[1;5D', '\x1b[1;6H', '\x1b[1;7F', '\x1b[1;8A',
  '\x1b[3;5~', '\x1b[24;2~', '\x1bO5P', '\x1b[5A',
  '\x1bb', '\x1bB', '\x1b1', '\x1b\r', '\x1b\n', '\x1b\t', '\x1b\x7f', '\x1b ', '\x1b\x1b', '\x1b.',
  '\x1b\x1b[A', '\x1b[99Z', '\x1b[123~',
];
for (const s of sequences) input.write(s);
// Split across chunks: an escape sequence and a UTF-8 character.
input.write('\x1b[');
input.write('1;5');
input.write('C');
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac]));
// Several keys in one chunk.
input.write('ab\x1b[Dc\r');
console.log(keys.join('\n'));
keys.length = 0;

// A lone ESC waits for the rest of a sequence; after escapeCodeTimeout it is the escape key.
// (Writing from inside a keypress listener would re-enter the decoder, so the next writes wait
// for setImmediate.)
const slow = new PassThrough();
readline.emitKeypressEvents(slow, { escapeCodeTimeout: 20 });
slow.on('keypress', (s, key) => {
  console.log('slow', JSON.stringify(s), JSON.stringify(key));
  if (key.name === 'escape') {
    setImmediate(() => {
      slow.write('\x1b');
      slow.write('x');
    });
  }
});
slow.write('\x1b');

// Removing the last keypress listener stops decoding until one is added again.
const again = new PassThrough();
readline.emitKeypressEvents(again);
const listener = (s) => console.log('again', s);
again.on('keypress', listener);
again.write('1');
again.removeListener('keypress', listener);
again.write('2');
again.on('keypress', listener);
again.write('3');

// A listener that throws: the error reaches the writer.
const thrower = new PassThrough();
readline.emitKeypressEvents(thrower);
let throwNext = true;
thrower.on('keypress', (s, key) => {
  if (throwNext) {
    throwNext = false;
    throw new Error(`listener failed on ${key.name}`);
  }
  console.log('thrower', JSON.stringify(s), key.name);
});
try {
  thrower.write('q\x1b[');
} catch (err) {
  console.log('write threw', err.message);
}
