'use strict';

// internal/tty — how many colors a terminal shows, from the environment, by Node's rules:
// FORCE_COLOR first, then NODE_DISABLE_COLORS / NO_COLOR / TERM=dumb, TMUX, CI services,
// TeamCity, TERM_PROGRAM, COLORTERM and finally TERM.

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// Terminals known by name (lower-cased TERM).
const TERM_ENVS = {
  __proto__: null,
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
};

// Any TERM matching one of these has 16 colors.
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];

const CI_SERVICES = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) {
    if (name !== '') name += "' and '";
    name += 'NO_COLOR';
  }
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warned = true;
  }
}

function forcedDepth(env) {
  switch (env.FORCE_COLOR) {
    case '':
    case '1':
    case 'true':
      warnOnDeactivatedColors(env);
      return COLORS_16;
    case '2':
      warnOnDeactivatedColors(env);
      return COLORS_256;
    case '3':
      warnOnDeactivatedColors(env);
      return COLORS_16m;
    default:
      return COLORS_2;
  }
}

function ciDepth(env) {
  if (CI_SERVICES.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
  return COLORS_2;
}

function termProgramDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  return 0;
}

function termDepth(term) {
  if (/^xterm-256/.test(term)) return COLORS_256;
  const name = term.toLowerCase();
  if (TERM_ENVS[name]) return TERM_ENVS[name];
  if (TERM_PATTERNS.some((re) => re.test(name))) return COLORS_16;
  return 0;
}

// getColorDepth(env) is 1, 4, 8 or 24 bits.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (process.platform === 'win32') return windowsDepth();
  if (env.TMUX) return COLORS_256;
  if (env.CI) return ciDepth(env);
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  const program = termProgramDepth(env);
  if (program) return program;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    const depth = termDepth(env.TERM);
    if (depth) return depth;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// Windows 10 build 10586 has 256 colors, build 14931 true color.
function windowsDepth() {
  const release = require('os').release().split('.');
  if (+release[0] >= 10) {
    const build = +release[2];
    if (build >= 14931) return COLORS_16m;
    if (build >= 10586) return COLORS_256;
  }
  return COLORS_16;
}

// hasColors([count][, env]) reports whether at least count (default 16) colors are shown.
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
