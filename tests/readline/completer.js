// Tab completion: a synchronous completer (readline wraps it into the callback form), a
// callback completer, an async completer (readline/promises), the common prefix inserted on the
// first tab, the list of matches in columns on the second, '' entries starting a new group,
// completer errors written to the output, pause/resume around the call, and a tab inside a
// pasted chunk that is inserted literally.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');
const readlinePromises = require('readline/promises');

process.env.TERM = 'xterm-256color';

const turn = () => new Promise((resolve) => setImmediate(resolve));
const fruits = ['apple', 'apricot', 'avocado', 'banana', 'blueberry', 'cherry'];

function syncCompleter(line) {
  const word = line.split(' ').pop();
  const hits = fruits.filter((f) => f.startsWith(word));
  return [hits.length ? hits : fruits, word];
}

function setup(mod, completer, columns) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  if (columns !== undefined) output.columns = columns;
  const rl = mod.createInterface({ input, output, terminal: true, completer });
  rl.on('line', (line) => console.log('  line', JSON.stringify(line)));
  rl.on('pause', () => console.log('  pause'));
  rl.on('resume', () => console.log('  resume'));
  // The stack frames of a completer error are the engine's: keep the message only.
  const take = () => JSON.stringify((output.read() ?? '').replace(/\n {4}at [\s\S]*/, ''));
  return { input, rl, take };
}

async function keys(env, list) {
  for (const k of list) {
    env.input.write(k);
    await turn();
    await turn();
    console.log(JSON.stringify(k), '->', JSON.stringify(env.rl.line), env.rl.cursor, env.take());
  }
}

async function main() {
  {
    console.log('-- synchronous completer');
    const env = setup(readline, syncCompleter, 40);
    console.log('wrapped', env.rl.completer !== syncCompleter, env.rl.completer.length);
    await keys(env, ['a', '\t', 'p', '\t', '\t', 'r', '\t', ' ', 'b', '\t', '\t', 'x', '\t', '\t',
      '\x15', '\t', '\t', 'c\t', '\r']);
    env.rl.close();
  }
  {
    console.log('-- callback completer, groups and a narrow terminal');
    const env = setup(readline, (line, callback) => {
      setImmediate(callback, null, [['one', 'two', 'three', '', 'four', 'fivefivefive'], '']);
    }, 30);
    console.log('kept', env.rl.completer.length);
    await keys(env, ['\t', '\t']);
    env.rl.completer = (line, callback) => callback(new Error('no completions'));
    await keys(env, ['\t']);
    env.rl.completer = (line, callback) => callback(null, [[], line]);
    await keys(env, ['\t']);
    env.rl.completer = (line, callback) => callback(null, [['zeta'], 'xyz']);
    await keys(env, ['xyz', '\t']);
    env.rl.close();
  }
  {
    console.log('-- a completer that replaces the word');
    const env = setup(readline, (line) => [['HELLO', 'HELP'], line], undefined);
    await keys(env, ['he', '\t', '\t']);
    env.rl.close();
  }
  {
    console.log('-- async completer (readline/promises)');
    const env = setup(readlinePromises, async (line) => [fruits.filter((f) => f.startsWith(line)), line]);
    await keys(env, ['bl', '\t', '\x15', 'b', '\t', '\t']);
    env.rl.completer = async () => {
      throw new TypeError('completer failed');
    };
    await keys(env, ['\t']);
    env.rl.completer = () => [['sync-in-promises'], ''];
    await keys(env, ['\x15', '\t']);
    env.rl.close();
  }
  {
    console.log('-- tab in pasted text, no completer');
    const env = setup(readline, syncCompleter);
    await keys(env, ['a\tb', '\t']);
    env.rl.close();
    const plain = setup(readline, undefined);
    await keys(plain, ['\t', 'x\t']);
    plain.rl.close();
  }
  console.log('-- invalid completers');
  for (const completer of ['x', 1, {}, null]) {
    try {
      readline.createInterface({ input: new PassThrough(), completer });
      console.log('accepted', completer);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
    try {
      readline.createInterface(new PassThrough(), null, completer);
      console.log('positional accepted', completer);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}

main();
