// The old underscore API that npm packages override: _writeToOutput (password masking),
// _ttyWrite, _refreshLine, _onLine and _insertString on an instance take effect; the state
// aliases (_prompt, _line_buffer, _decoder, _questionCallback, ...); rl.write(data, key) in
// terminal mode; and TERM=dumb, where keys are not edited and the prompt is written plainly.
'use strict';

const { PassThrough } = require('stream');
const readline = require('readline');
const readlinePromises = require('readline/promises');

const turn = () => new Promise((resolve) => setImmediate(resolve));

function setup(mod, options) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.setEncoding('utf8');
  const rl = mod.createInterface({ input, output, ...options });
  const take = () => JSON.stringify(output.read() ?? '');
  return { input, output, rl, take };
}

async function main() {
  process.env.TERM = 'xterm-256color';
  {
    console.log('-- password masking through _writeToOutput');
    const { input, output, rl, take } = setup(readline, { terminal: true });
    let muted = false;
    rl._writeToOutput = function(s) {
      output.write(muted ? s.replace(/[^\r\n]/g, '*') : s);
    };
    rl.question('Password: ', (password) => {
      muted = false;
      console.log('password', JSON.stringify(password));
    });
    muted = true;
    input.write('s3cret');
    await turn();
    input.write('\x7f\r');
    await turn();
    console.log(take());
    rl.close();
  }
  {
    console.log('-- overriding _ttyWrite, _refreshLine, _insertString and _onLine');
    const { input, rl, take } = setup(readline, { terminal: true });
    const ttyWrite = rl._ttyWrite;
    rl._ttyWrite = function(s, key) {
      console.log('_ttyWrite', JSON.stringify(s), key && key.name);
      return ttyWrite.call(this, s, key);
    };
    rl._refreshLine = function() {
      console.log('_refreshLine with', JSON.stringify(this.line));
    };
    const insert = rl._insertString;
    rl._insertString = function(c) {
      return insert.call(this, c.toUpperCase());
    };
    rl._onLine = function(line) {
      console.log('_onLine', JSON.stringify(line));
    };
    input.write('ab');
    await turn();
    input.write('\x1b[H');
    input.write('\x1b[3~');
    input.write('\r');
    await turn();
    console.log(take());
    rl.close();
  }
  {
    console.log('-- state under the old names');
    const { input, rl } = setup(readline, { prompt: '% ' });
    input.write('partial');
    await turn();
    rl.question('Q ', () => {});
    console.log('_prompt', JSON.stringify(rl._prompt), '_oldPrompt', JSON.stringify(rl._oldPrompt),
                '_line_buffer', JSON.stringify(rl._line_buffer),
                '_decoder', rl._decoder.constructor.name, 'encoding', rl._decoder.encoding,
                '_questionCallback', typeof rl._questionCallback,
                '_sawReturnAt', rl._sawReturnAt, '_sawKeyPress', rl._sawKeyPress,
                '_previousKey', rl._previousKey);
    rl._prompt = 'set> ';
    console.log('getPrompt after setting _prompt', JSON.stringify(rl.getPrompt()));
    console.log('methods', ['_setRawMode', '_onLine', '_writeToOutput', '_addHistory',
      '_refreshLine', '_normalWrite', '_insertString', '_tabComplete', '_wordLeft', '_wordRight',
      '_deleteLeft', '_deleteRight', '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft',
      '_deleteLineRight', '_line', '_historyNext', '_historyPrev', '_getDisplayPos',
      '_getCursorPos', '_moveCursor', '_ttyWrite'].map((m) => typeof rl[m]).join(' '));
    rl.close();
    const p = setup(readlinePromises, {}).rl;
    console.log('promises Interface has no underscore methods', typeof p._ttyWrite,
                typeof p._prompt, typeof p.question);
    p.close();
  }
  {
    console.log('-- rl.write(data, key) on a terminal');
    const { rl, take } = setup(readline, { terminal: true });
    rl.on('line', (line) => console.log('line', JSON.stringify(line)));
    rl.write('hello');
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    rl.write(null, { ctrl: true, name: 'a' });
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    rl.write('>');
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    rl.write(undefined, { name: 'end' });
    rl.write(null, { ctrl: true, name: 'w' });
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    // Written data is not decoded as keys: the escape sequence goes into the line.
    rl.write('\x1b[D');
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    rl.write(null, { ctrl: true, name: 'u' });
    rl.write('two\nlines\r\n');
    console.log(JSON.stringify(rl.line), rl.cursor, take());
    rl.pause();
    rl.write('x');
    console.log('write resumed', rl.paused);
    rl.close();
  }
  process.env.TERM = 'dumb';
  {
    console.log('-- TERM=dumb');
    const { input, rl, take } = setup(readline, { terminal: true, prompt: 'dumb> ' });
    rl.on('line', (line) => console.log('line', JSON.stringify(line)));
    rl.on('close', () => console.log('close'));
    console.log('own _ttyWrite', Object.prototype.hasOwnProperty.call(rl, '_ttyWrite'));
    rl.prompt();
    console.log(take());
    input.write('ab');
    input.write('\x1b[D');
    input.write('\x7f');
    input.write('c\r');
    input.write('\n');
    input.write('d\n');
    await turn();
    console.log(take());
    input.write('\x04');
    console.log('closed by ctrl+d', rl.closed);
    const p = setup(readlinePromises, { terminal: true });
    console.log('promises Interface edits even so', Object.prototype.hasOwnProperty.call(p.rl, '_ttyWrite'));
    p.rl.prompt();
    p.input.write('xy\x1b[D');
    await turn();
    console.log(p.take());
    p.rl.close();
  }
}

main();
