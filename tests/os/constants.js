'use strict';
// os.constants: the tables, their order and values (this platform's), and how Node defines them:
// null prototypes, read-only non-configurable entries, tables that are not frozen.
const os = require('os');
const { constants } = os;

console.log(Object.keys(constants).join(' '));
console.log(Object.getPrototypeOf(constants) === null, Object.isFrozen(constants), Object.isExtensible(constants));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(os, 'constants'), (k, v) => (k === 'value' ? undefined : v)));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(constants, 'UV_UDP_REUSEADDR')));
console.log(constants.UV_UDP_REUSEADDR);

for (const name of ['dlopen', 'errno', 'signals', 'priority']) {
  const table = constants[name];
  const d = Object.getOwnPropertyDescriptor(constants, name);
  console.log(name, d.writable, d.enumerable, d.configurable,
    Object.getPrototypeOf(table) === null, Object.isFrozen(table), Object.isExtensible(table));
  const keys = Object.keys(table);
  console.log(' ', keys.length, JSON.stringify(table));
  const entries = keys.map((k) => Object.getOwnPropertyDescriptor(table, k));
  console.log('  all read-only:', entries.every((e) => !e.writable && !e.configurable && e.enumerable));
  console.log('  all integers:', keys.every((k) => Number.isInteger(table[k])));
}

// Writes to an entry are ignored (sloppy) or throw (strict).
try {
  constants.signals.SIGINT = 99;
} catch (e) {
  console.log(e.constructor.name);
}
console.log(constants.signals.SIGINT);
try {
  delete constants.errno.ENOENT;
} catch (e) {
  console.log(e.constructor.name);
}
console.log(constants.errno.ENOENT);

// Relations that hold everywhere.
const { signals, errno, priority } = constants;
console.log(signals.SIGIOT === signals.SIGABRT, errno.EWOULDBLOCK === errno.EAGAIN);
console.log(priority.PRIORITY_HIGHEST < priority.PRIORITY_HIGH && priority.PRIORITY_HIGH < priority.PRIORITY_NORMAL);

// The deprecated constants module flattens these tables.
const flat = require('constants');
console.log(flat.SIGTERM === signals.SIGTERM, flat.ENOENT === errno.ENOENT,
  flat.PRIORITY_LOW === priority.PRIORITY_LOW, flat.RTLD_NOW === constants.dlopen.RTLD_NOW);
