// for await (const line of rl): every line from when the iterator is made, including lines
// that arrive in one chunk before the loop asks for them, the unterminated last line, and the
// end at 'close'. In Node 20 an early break stops listening but does not close the interface;
// an 'error' on the interface rejects the pending next().
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

async function main() {
  {
    console.log('-- whole input');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('close event'));
    const iterator = rl[Symbol.asyncIterator]();
    console.log('same iterator', iterator === rl[Symbol.asyncIterator](),
                'is its own iterator', iterator[Symbol.asyncIterator]() === iterator);
    // Three lines arrive before the loop starts.
    input.write('one\ntwo\nthree\n');
    process.nextTick(() => {
      input.write('four\nfi');
      input.end('ve');
    });
    const lines = [];
    for await (const line of iterator) lines.push(line);
    console.log('lines', JSON.stringify(lines), 'closed', rl.closed);
    console.log('after the end', JSON.stringify(await iterator.next()));
  }
  {
    console.log('-- break');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('close event (not expected before the end)'));
    setImmediate(() => input.write('a\nb\nc\n'));
    for await (const line of rl) {
      console.log('line', line);
      if (line === 'b') break;
    }
    console.log('after break: closed', rl.closed, 'line listeners', rl.listenerCount('line'));
    rl.on('line', (line) => console.log('later line event', line));
    input.write('d\n');
    await new Promise((resolve) => setImmediate(resolve));
    console.log('a new iterator is the old one', (await rl[Symbol.asyncIterator]().next()).done);
    rl.close();
  }
  {
    console.log('-- close while waiting');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setImmediate(() => {
      input.write('x\n');
      setImmediate(() => rl.close());
    });
    for await (const line of rl) console.log('line', line);
    console.log('loop ended', rl.closed);
  }
  {
    console.log('-- error');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    setImmediate(() => input.destroy(new Error('input failed')));
    try {
      for await (const line of rl) console.log('line', line);
    } catch (err) {
      console.log('loop threw', err.message);
    }
    rl.close();
  }
  {
    console.log('-- many lines');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const text = [];
    for (let i = 0; i < 3000; i++) text.push(`line ${i}`);
    const iterator = rl[Symbol.asyncIterator]();
    input.end(text.join('\n'));
    let count = 0;
    let last;
    for await (const line of iterator) {
      count++;
      last = line;
    }
    console.log('count', count, 'last', last);
  }
  {
    console.log('-- lines before the iterator exists');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    // The interface resumed its input, so these lines are emitted right away, before anyone
    // iterates: only the unterminated last line, emitted at the end, is seen.
    input.end('lost 1\nlost 2\nkept');
    for await (const line of rl) console.log('line', line);
  }
}

main();
