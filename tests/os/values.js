'use strict';
// What the os functions return, checked for type, shape and relations — never the values
// themselves, which belong to the machine.
const os = require('os');

const isInt = (n) => Number.isInteger(n) && n >= 0;

// Memory.
const free = os.freemem();
const total = os.totalmem();
console.log('mem', typeof free, typeof total, free > 0, total > 0, free <= total);

// CPUs.
const cpus = os.cpus();
console.log('cpus', Array.isArray(cpus), cpus.length > 0, cpus !== os.cpus());
console.log(cpus.every((c) => JSON.stringify(Object.keys(c)) === '["model","speed","times"]'));
console.log(cpus.every((c) => JSON.stringify(Object.keys(c.times)) === '["user","nice","sys","idle","irq"]'));
console.log(cpus.every((c) => typeof c.model === 'string' && c.model.length > 0 && isInt(c.speed)));
console.log(cpus.every((c) => Object.values(c.times).every(isInt)));
console.log(cpus.every((c) => Object.getPrototypeOf(c) === Object.prototype));

// Parallelism: a positive integer no greater than the number of CPUs.
const par = os.availableParallelism();
console.log('parallelism', isInt(par), par >= 1, par <= cpus.length);

// Load average: three non-negative numbers, a new array each time.
const avg = os.loadavg();
console.log('loadavg', Array.isArray(avg), avg.length, avg.every((n) => typeof n === 'number' && n >= 0), avg !== os.loadavg());

// Uptime: a positive number that does not go back.
const up = os.uptime();
console.log('uptime', typeof up, up > 0, os.uptime() >= up);

// Strings about the system.
for (const key of ['hostname', 'type', 'release', 'version', 'machine', 'homedir', 'tmpdir']) {
  const v = os[key]();
  console.log(key, typeof v, v.length > 0);
}
const types = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows_NT', freebsd: 'FreeBSD' };
console.log('type matches platform', os.type() === types[process.platform]);
console.log('same each call', os.release() === os.release(), os.version() === os.version());
const machines = { x64: ['x86_64', 'amd64'], arm64: ['aarch64', 'arm64'], ia32: ['i386', 'i686'] };
console.log('machine matches arch', !machines[process.arch] || machines[process.arch].includes(os.machine()));

// userInfo: a null-prototype object; its ids are this process's effective ones.
const user = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(user) === null, Object.keys(user).join(' '));
console.log(typeof user.uid, typeof user.gid, typeof user.username, typeof user.homedir,
  user.shell === null ? 'null' : typeof user.shell);
if (process.geteuid) console.log(user.uid === process.geteuid());
console.log(user.username.length > 0, user !== os.userInfo());
// Options that are not objects, and unknown encodings, mean utf8.
for (const options of [undefined, null, 'buffer', 1, () => {}, {}, { encoding: 'bogus' }, { encoding: 5 }, { encoding: 'UTF-8' }]) {
  const u = os.userInfo(options);
  console.log(typeof options, JSON.stringify(u) === JSON.stringify(user));
}

// networkInterfaces: name → entries with Node's keys; IPv6 entries have a scopeid; cidr is
// address/prefix length of the netmask.
const ifaces = os.networkInterfaces();
console.log('networkInterfaces', Object.getPrototypeOf(ifaces) === Object.prototype, ifaces !== os.networkInterfaces());
const entries = Object.values(ifaces).flat();
const keysOk = entries.every((e) => Object.keys(e).join() ===
  (e.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr'));
console.log('keys', keysOk);
console.log('families', entries.every((e) => e.family === 'IPv4' || e.family === 'IPv6'));
console.log('macs', entries.every((e) => /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac)));
console.log('internal', entries.every((e) => typeof e.internal === 'boolean'));
console.log('scopeids', entries.every((e) => e.family === 'IPv4' || isInt(e.scopeid)));
function prefixLength(mask, family) {
  const bits = family === 'IPv4' ?
    mask.split('.').map((p) => Number(p).toString(2).padStart(8, '0')).join('') :
    expand6(mask).map((p) => parseInt(p, 16).toString(2).padStart(16, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') === -1 ? bits.length : bits.indexOf('0') : null;
}
function expand6(a) {
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  return [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
}
console.log('cidr', entries.every((e) => {
  const n = prefixLength(e.netmask, e.family);
  return n === null ? e.cidr === null : e.cidr === `${e.address}/${n}`;
}));
// Linux's getifaddrs lists every IPv4 address before the IPv6 ones.
console.log('IPv4 first per interface', process.platform !== 'linux' || Object.values(ifaces).every((list) => {
  const i = list.findIndex((e) => e.family === 'IPv6');
  return i === -1 || list.slice(i).every((e) => e.family === 'IPv6');
}));
console.log('loopback', entries.some((e) => e.internal && (e.address === '127.0.0.1' || e.address === '::1')));
