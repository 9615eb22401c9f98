// A question-and-answer CLI over piped stdin: each callback asks the next question, so the
// answers come from consecutive lines however the pipe splits them; the remaining lines are
// 'line' events, each followed by the prompt.
'use strict';

const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
rl.question('Name? ', (name) => {
  rl.question('Favourite colour? ', (colour) => {
    console.log(`Hello ${name}, you like ${colour}.`);
    rl.prompt();
    rl.on('line', (line) => {
      console.log(`echo: ${line}`);
      rl.prompt();
    });
  });
});
rl.on('close', () => console.log('\nbye'));
