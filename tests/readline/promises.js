// readline/promises: question() returns a promise (AbortSignal → AbortError with the reason as
// cause, closed → ERR_USE_AFTER_CLOSE, ctrl+c / ctrl+d on a terminal → AbortError), and the
// Readline class queues cursor actions until commit() or writes them on the next tick with
// autoCommit.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');
const readlinePromises = require('readline/promises');

process.env.TERM = 'xterm-256color';

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  const rl = readlinePromises.createInterface({ input, output, ...options });
  const take = () => JSON.stringify(output.read() ?? '');
  return { input, output, rl, take };
}

function report(err) {
  console.log('rejected', err.name, err.code, err.message, 'cause', err.cause);
}

async function main() {
  console.log('same module', readline.promises === readlinePromises,
              Object.keys(readlinePromises).join(' '));
  {
    const { input, rl, take } = setup();
    console.log('instance', rl instanceof readlinePromises.Interface,
                rl instanceof readline.Interface, typeof rl.question);
    const answer = rl.question('Name? ');
    console.log('is a promise', answer instanceof Promise, take());
    input.write('Grace\n');
    console.log('answer', await answer);

    const ac = new AbortController();
    const pending = rl.question('Abort? ', { signal: ac.signal });
    console.log(take());
    ac.abort('changed my mind');
    await pending.catch(report);
    console.log('after abort', take(), JSON.stringify(rl.getPrompt()));

    await rl.question('Pre-aborted? ', { signal: AbortSignal.abort('early') }).catch(report);
    console.log('pre-aborted writes', take());

    const ac2 = new AbortController();
    const answered = rl.question('Answer first? ', { signal: ac2.signal });
    input.write('done\n');
    console.log('answered', await answered);
    ac2.abort();

    await rl.question('Bad signal? ', { signal: 'nope' }).catch(report);
    rl.close();
    await rl.question('Closed? ').catch(report);
  }
  {
    const { input, rl, take } = setup({ terminal: true });
    const q = rl.question('ctrl+c? ');
    input.write('abc');
    input.write('\x03');
    await q.catch(report);
    console.log('closed', rl.closed, take());
  }
  {
    const { input, rl } = setup({ terminal: true });
    const q = rl.question('ctrl+d? ');
    input.write('x\x04');
    input.write('\x7f');
    input.write('\x04');
    await q.catch(report);
    console.log('closed', rl.closed);
  }
  {
    const { input, rl } = setup({ terminal: true });
    rl.on('SIGINT', () => console.log('SIGINT listener instead of closing'));
    const q = rl.question('handled? ');
    input.write('\x03');
    input.write('ok\r');
    console.log('answer', await q, rl.closed);
    rl.close();
  }
  await readlineClass();
}

async function readlineClass() {
  const { Readline } = readlinePromises;
  const output = new PassThrough();
  output.setEncoding('utf8');
  const take = () => JSON.stringify(output.read() ?? '');
  const r = new Readline(output);
  const chained = r.cursorTo(0).cursorTo(4, 2).moveCursor(3, -1).moveCursor(0, 0)
    .moveCursor(-2, 5).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('chains', chained === r, 'nothing written yet', take());
  const committed = r.commit();
  console.log('commit returns a promise', committed instanceof Promise);
  console.log('commit resolves with', await committed, take());
  r.cursorTo(9).clearScreenDown().rollback();
  await r.commit();
  console.log('after rollback', take());

  const auto = new Readline(output, { autoCommit: true });
  auto.cursorTo(1, 1).clearLine(0);
  console.log('autoCommit, same tick', take());
  await new Promise((resolve) => process.nextTick(resolve));
  console.log('autoCommit, next tick', take());

  const invalid = [
    () => r.cursorTo(), () => r.cursorTo('1'), () => r.cursorTo(1.5), () => r.cursorTo(1, 'y'),
    () => r.moveCursor(1, 'dy'), () => r.moveCursor('dx', 1), () => r.moveCursor(1.5, 0),
    () => r.clearLine(), () => r.clearLine(2), () => r.clearLine(-2), () => r.clearLine(0.5),
    () => new Readline(), () => new Readline({}), () => new Readline({ write() {}, on() {} }),
    () => new Readline(output, { autoCommit: 'yes' }),
  ];
  for (const f of invalid) {
    try {
      f();
      console.log('no error');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  try {
    Readline(output);
  } catch (err) {
    // The message is the engine's own.
    console.log('called without new:', err.name);
  }
  console.log('nullish y and zero moves are fine', r.cursorTo(1, null) === r,
              r.moveCursor(0, 0) === r, r.moveCursor(undefined, 0) === r);
  r.rollback();
}

main();
