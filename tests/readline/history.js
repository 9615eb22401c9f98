// History in terminal mode: lines are added newest first (not empty or blank ones), the
// 'history' event (whose listener may edit the array), historySize (0 disables), the
// history option (validated), removeHistoryDuplicates, and up/down (and ctrl+p/ctrl+n) with
// the prefix search on what was typed before the first up.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

process.env.TERM = 'xterm-256color';

const turn = () => new Promise((resolve) => setImmediate(resolve));

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  const take = () => JSON.stringify(output.read() ?? '');
  rl.on('line', (line) => console.log('  line', JSON.stringify(line)));
  rl.on('history', (history) => console.log('  history event', JSON.stringify(history)));
  return { input, rl, take };
}

async function keys(env, list) {
  for (const k of list) {
    env.input.write(k);
    await turn();
    console.log(JSON.stringify(k), '->', JSON.stringify(env.rl.line), env.rl.cursor,
                'index', env.rl.historyIndex, env.take());
  }
}

async function main() {
  {
    console.log('-- adding and browsing');
    const env = setup();
    console.log('initial', JSON.stringify(env.rl.history), env.rl.historySize, env.rl.historyIndex,
                env.rl.removeHistoryDuplicates);
    await keys(env, ['ls\r', 'cd /tmp\r', '\r', '   \r', 'ls\r', 'echo hi\r', 'ls\r']);
    console.log('history', JSON.stringify(env.rl.history));
    await keys(env, ['\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x1b[B',
      '\x1b[B', '\x10', '\x10', '\x0e', '\x1b[A', 'X', '\x1b[A', '\r']);
    env.rl.close();
  }
  {
    console.log('-- prefix search');
    const env = setup({ history: ['git status', 'ls -l', 'git commit', 'gist', 'git push'] });
    await keys(env, ['git', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x1b[B',
      '\x1b[B', '\x15', 'gi', '\x1b[A', '\x1b[D', '\x1b[A', 'zz', '\x1b[A', '\x15']);
    env.rl.close();
  }
  {
    console.log('-- historySize and duplicates');
    const env = setup({ historySize: 3, removeHistoryDuplicates: true, history: ['b', 'a'] });
    console.log('given array kept', JSON.stringify(env.rl.history));
    await keys(env, ['c\r', 'a\r', 'd\r', 'c\r', 'c\r']);
    console.log('history', JSON.stringify(env.rl.history));
    env.rl.close();
  }
  {
    console.log('-- historySize 0');
    const env = setup({ historySize: 0 });
    await keys(env, ['one\r', '\x1b[A']);
    console.log('history', JSON.stringify(env.rl.history));
    env.rl.close();
  }
  {
    console.log('-- a history listener hides a line');
    const env = setup();
    env.rl.on('history', (history) => {
      if (history[0].startsWith('secret')) history.shift();
    });
    await keys(env, ['public\r', 'secret 123\r', '\x1b[A']);
    console.log('history', JSON.stringify(env.rl.history));
    env.rl.close();
  }
  {
    console.log('-- without a terminal there is no history');
    const input = new PassThrough();
    const rl = readline.createInterface({ input, history: ['x'] });
    rl.on('history', () => console.log('history event: never'));
    rl.on('line', (line) => console.log('  line', line));
    input.write('plain\n');
    await turn();
    console.log('history', JSON.stringify(rl.history), rl.historyIndex);
    rl.close();
  }
  console.log('-- invalid options');
  for (const options of [{ history: 'x' }, { history: {} }, { historySize: -1 },
    { historySize: '5' }, { historySize: NaN }, { historySize: Infinity }, { history: null }]) {
    try {
      const rl = readline.createInterface({ input: new PassThrough(), ...options });
      console.log('accepted', JSON.stringify(options), rl.historySize, JSON.stringify(rl.history));
      rl.close();
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}

main();
