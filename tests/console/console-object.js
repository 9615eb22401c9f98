'use strict';
// The shape of the console module and of Console instances.
const { Console } = require('console');
const consoleModule = require('console');
const EventEmitter = require('events');

// A minimal writable: Node's Console needs write() and the EventEmitter methods.
class Sink extends EventEmitter {
  constructor(onWrite) {
    super();
    this.onWrite = onWrite;
  }
  write(s) {
    this.onWrite(s);
    return true;
  }
}

console.log(consoleModule === console, console.Console === Console);
console.log(Object.keys(console).join(','));
console.log(Object.keys(Console.prototype).join(','));
console.log(typeof Console, Console.name, Console.length);
console.log(console.log.name, console.error.name, console.table.name, console.groupCollapsed.name);
console.log(Object.prototype.hasOwnProperty.call(console.log, 'prototype'));
console.log(console instanceof Console, {} instanceof Console, new Console(process.stdout) instanceof Console);
console.log(Object.prototype.toString.call(console), Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(console)));

// A Console writing to custom streams.
const chunks = [];
const out = new Sink((s) => chunks.push(['out', s]));
const err = new Sink((s) => chunks.push(['err', s]));
const c = new Console(out, err);
c.log('hello %s', 'world');
c.error('bad', { x: 1 });
c.warn('warned');
c.info('info');
c.group('G');
c.log('a\nb');
c.groupEnd();
c.table([{ a: 1 }]);
c.dir({ d: 1 });
c.assert(false, 'assert %d', 1);
c.count('c');
console.log(JSON.stringify(chunks));

// Options form: groupIndentation and inspectOptions.
const chunks2 = [];
const c2 = new Console({
  stdout: new Sink((s) => chunks2.push(s)),
  groupIndentation: 4,
  inspectOptions: { depth: 0, breakLength: 20 },
});
c2.group('four');
c2.log({ a: { b: 1 }, cc: 'long enough to break' });
c2.groupEnd();
c2.log('done');
console.log(JSON.stringify(chunks2));

// colorMode true forces colors.
const chunks3 = [];
const c3 = new Console({ stdout: new Sink((s) => chunks3.push(s)), colorMode: true });
c3.log(1, 'str', { s: 'x', n: null, u: undefined });
console.log(JSON.stringify(chunks3));

// Subclasses override methods through the prototype chain.
class Prefixed extends Console {
  log(...args) {
    super.log('[prefix]', ...args);
  }
}
const chunks4 = [];
const p = new Prefixed({ stdout: new Sink((s) => chunks4.push(s)) });
p.log('x');
const { log: detached } = p;
detached('detached');
console.log(JSON.stringify(chunks4), p instanceof Console, p instanceof Prefixed);

// A stream whose write throws: errors are swallowed.
const throwing = new Console(new Sink(() => { throw new Error('write failed'); }));
throwing.log('ignored');
console.log('still running');
const strict = new Console({ stdout: new Sink(() => { throw new Error('write failed'); }), ignoreErrors: false });
try {
  strict.log('thrown');
} catch (e) {
  console.log('caught', e.message);
}
