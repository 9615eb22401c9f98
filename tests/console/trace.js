'use strict';
// console.trace: "Trace: message" and the caller's frames, on stderr.
const { Console } = require('console');
const EventEmitter = require('events');

class Sink extends EventEmitter {
  constructor() {
    super();
    this.chunks = [];
  }
  write(s) {
    this.chunks.push(s);
    return true;
  }
}

const out = new Sink();
const err = new Sink();
const c = new Console(out, err);
function level2() {
  c.trace('from %s', 'level2', { x: 1 });
}
function level1() {
  level2();
}
level1();
c.trace();
c.group('grouped');
c.trace('indented');
c.groupEnd();
const { trace } = c;
trace('detached');

// Only this file's frames: the rest depends on the loader.
for (const chunk of err.chunks) {
  const lines = chunk.split('\n').filter((l, i) => i === 0 || l.includes('trace.js') || l === '');
  console.log(lines.join('\n').replace(/\(\/.*\//g, '('));
}
console.log('stdout chunks:', out.chunks.length);

// The global console writes to stderr (frames are not compared).
console.trace('global %d', 1);
console.trace();
