'use strict';
// assert.CallTracker (deprecated, DEP0173): calls, report, verify, getCalls, reset.
const assert = require('assert');

const tracker = new assert.CallTracker();
console.log('instance', tracker instanceof assert.CallTracker, Object.getPrototypeOf(tracker) === assert.CallTracker.prototype);
console.log('methods', Object.getOwnPropertyNames(assert.CallTracker.prototype).join(','));

function add(a, b) {
  return a + b;
}
const tracked = tracker.calls(add, 2);
console.log('wrapper', typeof tracked, tracked.name, tracked.length, tracked === add);
console.log('call result', tracked(1, 2));
console.log('report after 1 call', JSON.stringify(tracker.report().map((r) => ({ ...r, stack: typeof r.stack }))));
try {
  tracker.verify();
} catch (e) {
  console.log('verify:', e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  console.log(Object.keys(e).join(','));
  console.log(e['message 0'], e['actual 0'], e['expected 0'], e['operator 0'], e['stack trace 0'] instanceof Error);
}
const self = { tag: 'this' };
tracked.call(self, 3, 4);
console.log('verify after 2 calls', tracker.verify());
console.log('getCalls', JSON.stringify(tracker.getCalls(tracked)));
console.log('frozen', Object.isFrozen(tracker.getCalls(tracked)), Object.isFrozen(tracker.getCalls(tracked)[0]),
  Object.isFrozen(tracker.getCalls(tracked)[0].arguments));
tracked(5, 6);
console.log('report over', tracker.report()[0].message);
tracker.reset(tracked);
console.log('after reset', tracker.getCalls(tracked).length, tracker.report()[0].message);

// Defaults: no function, a count only.
const noop = tracker.calls();
const counted = tracker.calls(3);
console.log('noop', typeof noop, noop.name, noop(), counted.name);
const anon = tracker.calls(() => 'x');
console.log('anon name', JSON.stringify(anon.name));
try {
  tracker.verify();
} catch (e) {
  console.log('verify many:', JSON.stringify(e.message));
  console.log(Object.keys(e).filter((k) => k.startsWith('message ')).map((k) => e[k]).join(' | '));
}
tracker.reset();
console.log('reset all', tracker.report().length);

// Errors.
for (const bad of [0, -1, 1.5, '2', null]) {
  try {
    tracker.calls(add, bad);
    console.log('calls', bad, 'ok');
  } catch (e) {
    console.log('calls', bad, e.name, e.code, JSON.stringify(e.message));
  }
}
try {
  tracker.getCalls(add);
} catch (e) {
  console.log('getCalls untracked', e.name, e.code, JSON.stringify(e.message));
}
try {
  tracker.reset(() => {});
} catch (e) {
  console.log('reset untracked', e.name, e.code, JSON.stringify(e.message));
}

// A tracked method keeps its receiver; a tracked class still constructs.
const obj = { value: 7, get: tracker.calls(function get() { return this.value; }) };
console.log('method', obj.get());
class K {
  constructor(v) { this.v = v; }
}
const TrackedK = tracker.calls(K, 1);
console.log('construct', new TrackedK(1).v, tracker.getCalls(TrackedK).length);

const other = new assert.CallTracker();
const fn = other.calls(1);
fn();
console.log('other verify', other.verify());
