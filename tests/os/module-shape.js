'use strict';
// The os module's shape: keys in Node's order, property descriptors, function names and
// lengths, which getters have Symbol.toPrimitive, the constant strings.
const os = require('os');
const nodeOs = require('node:os');

console.log(os === nodeOs);
console.log(Object.keys(os).join(' '));
for (const key of Object.keys(os)) {
  const d = Object.getOwnPropertyDescriptor(os, key);
  const flags = `${d.writable ? 'w' : '-'}${d.enumerable ? 'e' : '-'}${d.configurable ? 'c' : '-'}`;
  const v = os[key];
  if (typeof v === 'function') {
    console.log(key, flags, 'function', v.name, v.length,
      typeof v[Symbol.toPrimitive] === 'function' ? 'toPrimitive' : '-');
  } else {
    console.log(key, flags, typeof v);
  }
}

console.log(JSON.stringify(os.EOL), JSON.stringify(os.devNull));
console.log(os.arch() === process.arch, os.platform() === process.platform);
console.log(os.endianness(), `${os.endianness}`, os.endianness() === (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE'));

// Each getter's Symbol.toPrimitive answers what a call answers.
for (const key of ['arch', 'platform', 'endianness', 'type', 'release', 'version', 'machine',
  'homedir', 'hostname', 'tmpdir', 'totalmem']) {
  console.log(key, `${os[key]}` === String(os[key]()));
}
console.log(typeof +os.freemem, typeof +os.uptime, typeof +os.availableParallelism);

// Assigning to the read-only properties fails silently outside strict mode, throws inside.
for (const key of ['EOL', 'devNull', 'constants']) {
  try {
    os[key] = 'x';
    console.log(key, 'assigned');
  } catch (e) {
    console.log(key, e.constructor.name);
  }
}
console.log(JSON.stringify(os.EOL));

// The module's functions may be replaced (they are plain writable properties).
const saved = os.hostname;
os.hostname = () => 'replaced';
console.log(os.hostname());
os.hostname = saved;
console.log(typeof os.hostname());
