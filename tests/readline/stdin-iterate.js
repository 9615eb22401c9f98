// for await over the lines of piped stdin (the iterator exists before any data flows), with
// crlfDelay: Infinity so that \r\n is one line ending wherever the pipe splits it.
'use strict';

const readline = require('readline');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let words = 0;
  const lines = [];
  for await (const line of rl) {
    lines.push(line);
    words += line.split(/\s+/).filter(Boolean).length;
  }
  console.log(lines.length, 'lines', words, 'words');
  console.log(JSON.stringify(lines));
  console.log('closed', rl.closed);
}

main();
