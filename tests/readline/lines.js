// readline over a PassThrough without a terminal: where lines end (\n, \r\n, \r, a \r\n split
// across chunks), multi-byte UTF-8 characters split across chunks, input that ends without a
// newline, and the order of 'line', 'pause', 'close' and the input's own 'end'.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

function collect(name, options, chunks, done) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, ...options });
  const events = [];
  rl.on('line', (line) => {
    events.push(`line ${line.length > 40 ? `of ${line.length} chars` : JSON.stringify(line)}`);
  });
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.on('history', () => events.push('history'));
  input.on('end', () => events.push('input end'));
  rl.on('close', () => {
    events.push('close');
    // Print once everything queued for this input has run.
    setImmediate(() => {
      console.log(`${name}: ${events.join(' | ')}`);
      done();
    });
  });
  for (const chunk of chunks) input.write(chunk);
  input.end();
}

const cases = [
  ['lf', {}, ['a\nb\nc\n']],
  ['crlf', {}, ['a\r\nb\r\n']],
  ['cr', {}, ['a\rb\rc']],
  ['mixed', {}, ['a\r\n\nb\r\r\nc\n\r']],
  ['empty lines', {}, ['\n\n\n']],
  ['no trailing newline', {}, ['first\nsecond']],
  ['only text', {}, ['just text']],
  ['nothing', {}, []],
  ['empty chunks', {}, ['', 'a', '', '\n', '']],
  ['line across chunks', {}, ['hel', 'lo wor', 'ld\nnext', ' line\n']],
  ['crlf across chunks', { crlfDelay: Infinity }, ['one\r', '\ntwo\r', '\n']],
  ['cr then text', { crlfDelay: Infinity }, ['one\r', 'two\n']],
  ['crlf across chunks, default delay', {}, ['x\r', '\ny\n']],
  ['crlfDelay below minimum', { crlfDelay: 5 }, ['p\r', '\nq\n']],
  ['utf8 split', {}, [Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x0a, 0xf0, 0x9f]),
    Buffer.from([0x98, 0x80]), Buffer.from(' done\n')]],
  ['utf8 incomplete at end', {}, ['ok\n', Buffer.from([0xe2, 0x82])]],
  ['unicode separators stay', {}, ['a\u2028b\u2029c\n']],
  ['buffers and strings', {}, [Buffer.from('buf\n'), 'str\n', new Uint8Array([0x75, 0x38, 0x0a])]],
  ['long line', {}, ['x'.repeat(5000), 'y'.repeat(5000), '\n']],
];

function next(i) {
  if (i === cases.length) {
    afterCases();
    return;
  }
  const [name, options, chunks] = cases[i];
  collect(name, options, chunks, () => next(i + 1));
}
next(0);

function afterCases() {
  // The long line above, checked by length.
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (line) => console.log('long line length', line.length, line[0], line[line.length - 1]));
  input.end(`${'x'.repeat(70000)}\n`);

  // Properties of a non-terminal interface.
  const rl2 = readline.createInterface({ input: new PassThrough() });
  console.log('terminal', rl2.terminal, 'line', JSON.stringify(rl2.line), 'cursor', rl2.cursor,
              'crlfDelay', rl2.crlfDelay, 'historySize', rl2.historySize,
              'history', JSON.stringify(rl2.history), 'prompt', JSON.stringify(rl2.getPrompt()),
              'closed', rl2.closed, 'paused', rl2.paused, 'input', rl2.input instanceof PassThrough,
              'output', rl2.output, 'columns', rl2.columns, 'tabSize', rl2.tabSize,
              'escapeCodeTimeout', rl2.escapeCodeTimeout);
  rl2.close();
  console.log('after close', rl2.closed, rl2.paused, rl2.input.isPaused());
  const rl3 = readline.createInterface({ input: new PassThrough(), crlfDelay: 2000 });
  console.log('crlfDelay', rl3.crlfDelay);
  rl3.close();

  // A 'line' listener that closes the interface: the rest of the chunk's lines still come.
  const input4 = new PassThrough();
  const rl4 = readline.createInterface({ input: input4 });
  rl4.on('line', (line) => {
    console.log('rl4 line', line);
    if (line === 'b') rl4.close();
  });
  rl4.on('close', () => console.log('rl4 close'));
  input4.write('a\nb\nc\nd\n');
  input4.write('e\n');

  // rl.write() without a terminal feeds the same line splitter.
  const rl5 = readline.createInterface({ input: new PassThrough() });
  rl5.on('line', (line) => console.log('rl5 line', JSON.stringify(line)));
  rl5.write('w1\nw2');
  rl5.write('\r\nw3\n');
  rl5.write(undefined);
  rl5.close();
}
