'use strict';
// homedir and tmpdir read this process's environment (process.env) as Node does: HOME (even
// empty) before the user database; TMPDIR, TMP, TEMP (non-empty) before /tmp, one trailing
// slash removed.
const os = require('os');

if (process.platform === 'win32') {
  console.log('skipped on Windows');
  process.exit(0);
}

const env = process.env;
const show = (label) => console.log(label, JSON.stringify(os.tmpdir()), JSON.stringify(os.homedir()));

const passwdHome = (() => {
  const saved = env.HOME;
  delete env.HOME;
  const home = os.homedir();
  if (saved !== undefined) env.HOME = saved;
  return home;
})();
console.log('no HOME: the user database', passwdHome === os.userInfo().homedir);

env.HOME = '/home/somebody';
delete env.TMPDIR;
delete env.TMP;
delete env.TEMP;
show('defaults');

env.HOME = '';
show('empty HOME');

env.TMPDIR = '/var/tmp/x/';
show('TMPDIR with slash');
env.TMPDIR = '/var/tmp/x//';
show('two slashes');
env.TMPDIR = '/';
show('root');
env.TMPDIR = '';
env.TMP = '/tmp2';
show('empty TMPDIR, TMP');
delete env.TMPDIR;
env.TEMP = '/temp3/';
show('TMP before TEMP');
delete env.TMP;
show('TEMP');
env.TMPDIR = 'relative/';
show('relative');

// The getters' Symbol.toPrimitive reads the environment at conversion time.
env.HOME = '/h1';
console.log(`${os.homedir}`, `${os.tmpdir}`);
