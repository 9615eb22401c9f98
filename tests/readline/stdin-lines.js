// Reading piped standard input line by line, the way CLIs do: 'line' events with the output on
// stdout (a pipe, not a terminal, so no editing); the last line has no newline; 'close' comes
// when stdin ends.
'use strict';

const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
console.log('terminal', rl.terminal);
let count = 0;
rl.on('line', (line) => {
  count++;
  console.log(`${count}: ${JSON.stringify(line)}`);
});
rl.on('close', () => {
  console.log('close after', count, 'lines');
  process.nextTick(() => console.log('stdin ended', process.stdin.readableEnded));
});
