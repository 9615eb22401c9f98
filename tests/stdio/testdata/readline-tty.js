'use strict';
// Run on a pseudo-terminal by tty_linux_test.go: readline in terminal mode over the tty
// streams (raw mode while reading, the line editor's redraws), then raw mode off again.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (answer) => {
  process.stdout.write(`hello ${JSON.stringify(answer)} ${process.stdin.isRaw}\n`);
  rl.close();
});
rl.on('close', () => process.stdout.write(`closed ${process.stdin.isRaw}\n`));
