// rl.question() with a callback: the query is written as the prompt, the next line answers it
// (and is not a 'line' event), a second question while one is pending only re-prompts, an
// AbortSignal cancels it, and asking after close throws ERR_USE_AFTER_CLOSE. prompt(),
// setPrompt() and getPrompt() without a terminal.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

process.env.TERM = 'xterm-256color';

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  const rl = readline.createInterface({ input, output, ...options });
  rl.on('line', (line) => console.log('line event', JSON.stringify(line)));
  const take = () => JSON.stringify(output.read() ?? '');
  return { input, output, rl, take };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
  {
    console.log('-- answer');
    const { input, rl, take } = setup();
    console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()));
    rl.question('What is your name? ', (answer) => {
      console.log('answer', JSON.stringify(answer), 'prompt now', JSON.stringify(rl.getPrompt()));
    });
    console.log('prompt while asking', JSON.stringify(rl.getPrompt()), 'written', take());
    rl.question('Ignored? ', () => console.log('second callback: never'));
    console.log('second question written', take());
    input.write('Ada\nnot an answer\n');
    await turn();
    rl.question('Again? ', (answer) => console.log('again', JSON.stringify(answer)));
    input.write('yes');
    input.end();
    await turn();
    console.log('closed', rl.closed, take());
  }
  {
    console.log('-- prompt');
    const { input, rl, take } = setup({ prompt: 'app> ' });
    rl.prompt();
    console.log(take());
    rl.setPrompt('new> ');
    console.log(JSON.stringify(rl.getPrompt()));
    rl.prompt(true);
    console.log(take());
    rl.pause();
    console.log('paused', rl.paused, input.isPaused());
    rl.prompt();
    console.log('prompt resumes', rl.paused, input.isPaused(), take());
    rl.close();
  }
  {
    console.log('-- abort');
    const { input, rl, take } = setup();
    const ac = new AbortController();
    rl.question('Cancel me? ', { signal: ac.signal }, (answer) => {
      console.log('cancelled callback: never', answer);
    });
    console.log(take(), JSON.stringify(rl.getPrompt()));
    ac.abort();
    console.log('after abort', take(), JSON.stringify(rl.getPrompt()));
    input.write('goes to line\n');
    await turn();
    rl.question('Already aborted? ', { signal: ac.signal }, () => console.log('never'));
    console.log('pre-aborted writes', take());
    const ac2 = new AbortController();
    rl.question('Answer then abort? ', { signal: ac2.signal }, (answer) => {
      console.log('answered', answer);
    });
    input.write('fine\n');
    await turn();
    ac2.abort();
    console.log('late abort writes', take());
    rl.question('No callback ', { signal: new AbortController().signal });
    rl.question('No callback, no signal ');
    console.log('without callback', take());
    for (const signal of [1, 'x', {}, null]) {
      try {
        rl.question('q ', { signal }, () => {});
        console.log('accepted', signal, take());
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
    rl.close();
  }
  {
    console.log('-- after close');
    const { rl } = setup();
    rl.close();
    try {
      rl.question('Too late? ', () => {});
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
    console.log('no callback returns', rl.question('Too late? '));
  }
  {
    console.log('-- options as the second argument');
    const { input, rl, take } = setup();
    rl.question('Q ', null, (answer) => console.log('null options', answer));
    input.write('one\n');
    await turn();
    rl.question('Q ', 'string options', (answer) => console.log('string options', answer));
    input.write('two\n');
    await turn();
    console.log(take());
    rl.close();
  }
  {
    console.log('-- terminal');
    const { input, rl, take } = setup({ terminal: true });
    rl.question('Terminal? ', (answer) => console.log('terminal answer', JSON.stringify(answer)));
    console.log(take());
    input.write('hi');
    await turn();
    input.write('\r');
    await turn();
    console.log(take());
    const ac = new AbortController();
    rl.question('Abort in terminal? ', { signal: ac.signal }, () => {});
    input.write('typed');
    await turn();
    ac.abort();
    console.log(take(), JSON.stringify(rl.line));
    rl.close();
  }
}

main();
