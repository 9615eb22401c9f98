'use strict';
// os functions given bad arguments, and the ERR_SYSTEM_ERROR they throw when the system says no.
const os = require('os');

function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', v);
  } catch (e) {
    console.log(label, '!', e.name, e.code, e.message);
  }
}

const bad = [1.5, 'x', null, true, {}, [], -1.5, NaN, Infinity, 2 ** 31, -(2 ** 31) - 1, 10n];
for (const pid of bad) attempt(`getPriority(${typeof pid} ${String(pid)})`, () => os.getPriority(pid));
attempt('getPriority()', () => typeof os.getPriority());
attempt('getPriority(undefined)', () => typeof os.getPriority(undefined));
attempt('getPriority(0) === getPriority()', () => os.getPriority(0) === os.getPriority());
attempt('getPriority(process.pid) === getPriority()', () => os.getPriority(process.pid) === os.getPriority());

for (const p of [...bad, 20, -21, 19.5]) {
  attempt(`setPriority(${typeof p} ${String(p)})`, () => os.setPriority(p));
  attempt(`setPriority(0, ${typeof p} ${String(p)})`, () => os.setPriority(0, p));
}
attempt('setPriority()', () => os.setPriority());
for (const pid of bad) attempt(`setPriority(${typeof pid} ${String(pid)}, 0)`, () => os.setPriority(pid, 0));
// Setting the priority a process already has is always allowed.
attempt('setPriority(same)', () => os.setPriority(os.getPriority()));
attempt('setPriority(0, same)', () => os.setPriority(0, os.getPriority(0)));
attempt('setPriority(pid, same)', () => os.setPriority(process.pid, os.getPriority(process.pid)));

// No such process.
const missing = 2 ** 31 - 1;
for (const [label, fn] of [
  ['getPriority', () => os.getPriority(missing)],
  ['setPriority', () => os.setPriority(missing, 0)],
]) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e instanceof Error, e.name, e.code);
    console.log(' ', e.message);
    console.log(' ', String(e));
    console.log(' ', Object.keys(e).join(' '));
    console.log(' ', JSON.stringify(e.info), Object.keys(e.info).join(' '));
    console.log(' ', e.errno, e.syscall, e.errno === os.constants.errno.ESRCH * -1);
    const d = Object.getOwnPropertyDescriptor(e, 'errno');
    console.log(' ', typeof d.get, typeof d.set, d.enumerable);
    e.errno = -1;
    console.log(' ', e.info.errno, e.errno);
  }
}

// The other functions take no arguments and ignore extra ones.
for (const key of ['arch', 'cpus', 'endianness', 'freemem', 'homedir', 'hostname', 'loadavg',
  'networkInterfaces', 'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version',
  'machine', 'availableParallelism']) {
  attempt(key, () => typeof os[key](1, 'x', null));
}
