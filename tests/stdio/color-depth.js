'use strict';
// tty.WriteStream.prototype.getColorDepth(env) and hasColors(count, env), called on any
// object, with Node's environment rules.
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;
const envs = [
  {},
  { TERM: 'dumb' },
  { TERM: 'xterm' },
  { TERM: 'xterm-256color' },
  { TERM: 'XTERM-256COLOR' },
  { TERM: 'screen-256color' },
  { TERM: 'linux' },
  { TERM: 'vt100' },
  { TERM: 'con132x25' },
  { TERM: 'rxvt-unicode' },
  { TERM: 'rxvt-unicode-24bit' },
  { TERM: 'mosh' },
  { TERM: 'Konsole' },
  { TERM: 'st' },
  { TERM: 'unknownterm' },
  { TERM: 'ansi' },
  { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit', TERM: 'dumb' },
  { COLORTERM: 'yes' },
  { COLORTERM: 'yes', TERM: 'xterm' },
  { TMUX: '1', TERM: 'xterm' },
  { TMUX: '' },
  { CI: '1' },
  { CI: '1', GITHUB_ACTIONS: 'true' },
  { CI: '1', TRAVIS: '' },
  { CI: '1', CI_NAME: 'codeship' },
  { CI: '', GITLAB_CI: '1', TERM: 'xterm-256color' },
  { TEAMCITY_VERSION: '9.1.0' },
  { TEAMCITY_VERSION: '8.0' },
  { TEAMCITY_VERSION: '10.0' },
  { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' },
  { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' },
  { TERM_PROGRAM: 'MacTerm' },
  { NO_COLOR: '', TERM: 'xterm-256color' },
  { NO_COLOR: '1', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
  { FORCE_COLOR: '' },
  { FORCE_COLOR: '0' },
  { FORCE_COLOR: '1', TERM: 'dumb' },
  { FORCE_COLOR: 'true' },
  { FORCE_COLOR: 'false' },
  { FORCE_COLOR: '2' },
  { FORCE_COLOR: '3' },
  { FORCE_COLOR: '4' },
];
for (const env of envs) {
  console.log(JSON.stringify(env), getColorDepth.call({}, env), hasColors.call({}, env),
    hasColors.call({}, 2, env), hasColors.call({}, 256, env), hasColors.call({}, 2 ** 24, env));
}
// FORCE_COLOR with NO_COLOR warns once.
process.on('warning', (w) => console.log('warning', w.name, w.message));
console.log(getColorDepth.call(null, { FORCE_COLOR: '1', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }));
console.log(getColorDepth.call(null, { FORCE_COLOR: '2', NO_COLOR: '1' }));
for (const bad of [1, 1.5, '16', -1, 2 ** 53]) {
  try {
    console.log(hasColors.call({}, bad, {}));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const args of [[undefined, { TERM: 'xterm' }], [null]]) {
  try {
    console.log(hasColors.call({}, ...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  hasColors.call({}, 16, null);
} catch (e) {
  console.log('null env:', e.name); // the engine's message differs from V8's
}
