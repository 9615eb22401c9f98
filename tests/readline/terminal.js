// Terminal mode over PassThrough streams: each key sequence written to the input and the
// exact bytes readline writes to the output (JSON), with the line and cursor after it.
// Covers typing, left/right/home/end, backspace/delete, ctrl+u/k/w/a/e/b/f/h/l, meta word
// motions and deletes, yank and yank-pop, undo/redo, pasted text with newlines, wrapping in a
// narrow terminal, wide characters and surrogate pairs, and Node's prompt refresh.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

process.env.TERM = 'xterm-256color';

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function run(name, options, steps) {
  console.log(`-- ${name}`);
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  if (options.columns) output.columns = options.columns;
  const rl = readline.createInterface({
    input, output, terminal: true, prompt: options.prompt ?? '> ',
  });
  const take = () => JSON.stringify(output.read() ?? '');
  rl.on('line', (line) => console.log('  line event', JSON.stringify(line)));
  rl.on('close', () => console.log('  close event'));
  rl.prompt();
  console.log('prompt', take());
  for (const keys of steps) {
    input.write(keys);
    await turn();
    console.log(JSON.stringify(keys), '->', JSON.stringify(rl.line), rl.cursor,
                JSON.stringify(rl.getCursorPos()), take());
  }
  rl.close();
  console.log('after close', take());
}

async function main() {
  await run('typing and moving', {}, [
    'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd',
    '\x1b[D', '\x1b[D', '\x1b[C', '\x1b[H', '\x1b[F', '\x1bOH', '\x1bOF', '\x1b[1~', '\x1b[4~',
    '\x01', 'X', '\x05', '!', '\x02', '\x02', '\x06', '\x7f', '\x08', '\x1b[3~', '\x01', '\x04',
    '\x1b[1;5D', '\x1b[1;5D', '\x1b[1;5C', '\x1bb', '\x1bf', '\x1b[1;3D',
    '\r',
  ]);
  await run('killing and yanking', {}, [
    'one two three four', '\x17', '\x17', '\x19', '\x01', '\x1bf', '\x0b', '\x19', '\x1by', '\x1by',
    '\x01', '\x1bd', '\x1b[3;5~', '\x05', '\x1b\x7f', '\x1b[3;2~', '\x15', '\x19', '\x1f', '\x1f',
    '\x1e', '\x0c', '\r',
  ]);
  await run('undo and redo', {}, ['abc', '\x7f', '\x7f', '\x1f', '\x1f', '\x1e', '\x1e', '\x1e', '\n']);
  await run('pasted text and line endings', {}, [
    'first line\rsecond', '\n', 'third\r\nfourth\r', '\n', 'tab\there', '\r',
  ]);
  await run('narrow terminal', { columns: 12, prompt: 'prompt> ' }, [
    'abcdef', 'g', 'hij', '\x1b[D', '\x1b[D', '\x1b[D', '\x1b[D', '\x1b[H', '\x1b[F', '\x7f',
    '\x7f', '\x15', '\t', 'x', '\r',
  ]);
  await run('wide characters', { columns: 20 }, [
    '中文', '字', '\x1b[D', '\x7f', '😀', '\x1b[D', '\x1b[3~', 'é', '\x1b[H', '\x1b[3~',
    'e\u0301', '\x15', Buffer.from([0xf0, 0x9f]), Buffer.from([0x98, 0x81]), '\r',
  ]);
  await run('empty prompt', { prompt: '' }, ['a', '\x7f', '\r']);
  await run('ctrl+d on an empty line closes', {}, ['x', '\x04', '\x7f', '\x04']);
  await run('ctrl+c without a SIGINT listener closes', {}, ['abc', '\x03']);
}

main();
