// The Interface's own events and state: 'pause'/'resume' (and the input's paused state),
// write() and prompt() resuming, 'close' once (pausing first), 'SIGINT'/'SIGTSTP' from ctrl+c /
// ctrl+z when someone listens, 'error' from the input, the signal option closing the interface
// (on the next tick when already aborted), positional arguments, setRawMode on the input, and
// the output's 'resize' redrawing the line.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');

process.env.TERM = 'xterm-256color';

function watch(rl, name) {
  for (const event of ['pause', 'resume', 'close', 'SIGINT', 'SIGTSTP', 'SIGCONT', 'line']) {
    rl.on(event, (...args) => console.log(`${name}: ${event}`, ...args.map((a) => JSON.stringify(a))));
  }
}

async function main() {
  {
    console.log('-- pause and resume');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    watch(rl, 'rl');
    console.log('paused', rl.paused, 'input paused', input.isPaused());
    console.log('pause returns itself', rl.pause() === rl, rl.paused, input.isPaused());
    console.log('second pause returns', rl.pause());
    input.write('while paused\n');
    console.log('resume returns itself', rl.resume() === rl, rl.paused, input.isPaused());
    console.log('second resume returns', rl.resume());
    await new Promise((resolve) => setImmediate(resolve));
    rl.pause();
    rl.write('write resumes\n');
    rl.pause();
    rl.prompt();
    rl.close();
    rl.close();
    console.log('closed', rl.closed, 'paused', rl.paused, 'input paused', input.isPaused());
    rl.resume();
    console.log('resume after close', rl.paused);
    input.write('after close\n');
  }
  {
    console.log('-- terminal signals');
    const input = new PassThrough();
    const output = new PassThrough();
    const modes = [];
    input.setRawMode = (mode) => modes.push(mode);
    input.isRaw = false;
    const rl = readline.createInterface({ input, output, terminal: true });
    watch(rl, 'tty');
    input.write('\x03');
    input.write('\x1a');
    console.log('not closed', rl.closed);
    // A resize of the output redraws the line.
    output.setEncoding('utf8');
    output.read();
    rl.line = 'resized';
    rl.cursor = 3;
    output.emit('resize');
    console.log('resize redraw', JSON.stringify(output.read()), 'listeners', output.listenerCount('resize'));
    rl.close();
    console.log('raw modes', JSON.stringify(modes), 'resize listeners after close',
                output.listenerCount('resize'), 'keypress listeners', input.listenerCount('keypress'));
  }
  {
    console.log('-- error from the input');
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('error', (err) => console.log('rl error', err.message));
    rl.on('close', () => console.log('rl close'));
    input.emit('error', new Error('input broke'));
    console.log('closed after error', rl.closed);
    rl.close();
    console.log('error listeners left on input', input.listenerCount('error'),
                'data', input.listenerCount('data'), 'end', input.listenerCount('end'));
  }
  {
    console.log('-- signal option');
    const ac = new AbortController();
    const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
    rl.on('close', () => console.log('closed by abort'));
    ac.abort();
    console.log('closed', rl.closed);
    const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
    rl2.on('close', () => console.log('pre-aborted: closed on the next tick'));
    console.log('pre-aborted: closed now?', rl2.closed);
    await new Promise((resolve) => process.nextTick(resolve));
    const ac3 = new AbortController();
    const rl3 = readline.createInterface({ input: new PassThrough(), signal: ac3.signal });
    rl3.close();
    ac3.abort();
    console.log('abort after close is harmless', rl3.closed);
    for (const signal of ['x', {}, 1]) {
      try {
        readline.createInterface({ input: new PassThrough(), signal });
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
  }
  {
    console.log('-- positional arguments and options');
    const input = new PassThrough();
    const output = new PassThrough();
    output.isTTY = true;
    output.columns = 33;
    const rl = readline.createInterface(input, output);
    console.log('terminal from output.isTTY', rl.terminal, 'columns', rl.columns,
                'prompt', JSON.stringify(rl.getPrompt()), 'history', JSON.stringify(rl.history));
    rl.close();
    const rl2 = readline.createInterface(input, output, undefined, false);
    console.log('terminal false', rl2.terminal);
    rl2.close();
    const rl3 = new readline.Interface({ input, output: null, prompt: '$ ', tabSize: 4,
                                         escapeCodeTimeout: 50, crlfDelay: 150 });
    console.log('Interface with new', rl3.terminal, JSON.stringify(rl3.getPrompt()), rl3.tabSize,
                rl3.escapeCodeTimeout, rl3.crlfDelay, rl3 instanceof readline.Interface);
    rl3.close();
    const rl4 = readline.Interface(input);
    console.log('Interface without new', rl4 instanceof readline.Interface);
    rl4.close();
    for (const options of [{ tabSize: 0 }, { tabSize: -1 }, { tabSize: 'x' },
      { escapeCodeTimeout: NaN }, { escapeCodeTimeout: '1' }, { escapeCodeTimeout: Infinity }]) {
      try {
        readline.createInterface({ input, ...options });
        console.log('accepted', JSON.stringify(options));
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
    for (const args of [[], [null], [{}], [{ input: null }]]) {
      try {
        readline.createInterface(...args);
        console.log('accepted', args.length);
      } catch (err) {
        console.log('missing input:', err.name);
      }
    }
  }
  {
    console.log('-- getCursorPos and line without a terminal');
    const rl = readline.createInterface({ input: new PassThrough(), prompt: 'abc> ' });
    console.log(JSON.stringify(rl.getCursorPos()), JSON.stringify(rl.line), rl.cursor);
    rl.line = 'typed';
    console.log(JSON.stringify(rl.getCursorPos()));
    rl.close();
  }
}

main();
