'use strict';
// timers/promises: setTimeout, setImmediate, scheduler.

const tp = require('timers/promises');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

async function main() {
  console.log('exports:', Object.keys(tp).join(','));
  console.log('setTimeout value:', await tp.setTimeout(1, 'v1'));
  console.log('setTimeout no value:', await tp.setTimeout(1));
  console.log('setTimeout NaN delay:', await tp.setTimeout(NaN, 'nan'));
  console.log('setTimeout negative delay:', await tp.setTimeout(-10, 'negative'));
  console.log('setImmediate value:', await tp.setImmediate('v2'));
  console.log('setImmediate no value:', await tp.setImmediate());
  console.log('ref false still resolves while something else keeps the loop alive:',
              await Promise.race([tp.setTimeout(1, 'unref\'d', { ref: false }), tp.setTimeout(20, 'ref\'d')]));

  // Ordering: the immediate resolves in the check phase, the 1 ms timer later.
  const order = [];
  await Promise.all([
    tp.setTimeout(1).then(() => order.push('timeout')),
    tp.setImmediate().then(() => order.push('immediate')),
    Promise.resolve().then(() => order.push('microtask')),
  ]);
  console.log('order:', order.join(' '));

  // Both wait for the same value kinds.
  const obj = { a: 1 };
  console.log('same object:', (await tp.setTimeout(1, obj)) === obj, (await tp.setImmediate(obj)) === obj);
  const p = Promise.resolve('inner');
  console.log('a promise value is adopted:', await tp.setTimeout(1, p), await tp.setImmediate(p));

  // Validation: rejections, never throws.
  const bad = [
    ['setTimeout("x", v)', () => tp.setTimeout('x', 'v')],
    ['setTimeout(null, v)', () => tp.setTimeout(null, 'v')],
    ['setTimeout(1n, v)', () => tp.setTimeout(1n, 'v')],
    ['setTimeout(1, v, [])', () => tp.setTimeout(1, 'v', [])],
    ['setTimeout(1, v, null)', () => tp.setTimeout(1, 'v', null)],
    ['setTimeout(1, v, "str")', () => tp.setTimeout(1, 'v', 'str')],
    ['setTimeout(1, v, {signal: 1})', () => tp.setTimeout(1, 'v', { signal: 1 })],
    ['setTimeout(1, v, {signal: null})', () => tp.setTimeout(1, 'v', { signal: null })],
    ['setTimeout(1, v, {signal: {}})', () => tp.setTimeout(1, 'v', { signal: {} })],
    ['setTimeout(1, v, {ref: 1})', () => tp.setTimeout(1, 'v', { ref: 1 })],
    ['setTimeout(1, v, {ref: null})', () => tp.setTimeout(1, 'v', { ref: null })],
    ['setImmediate(v, 5)', () => tp.setImmediate('v', 5)],
    ['setImmediate(v, {signal: "x"})', () => tp.setImmediate('v', { signal: 'x' })],
    ['setImmediate(v, {ref: "yes"})', () => tp.setImmediate('v', { ref: 'yes' })],
  ];
  for (const [label, fn] of bad) {
    let promise;
    try {
      promise = fn();
    } catch (err) {
      console.log(`${label}: threw synchronously: ${describe(err)}`);
      continue;
    }
    try {
      await promise;
      console.log(`${label}: resolved`);
    } catch (err) {
      console.log(`${label}: rejected: ${describe(err)} (${err instanceof TypeError})`);
    }
  }
  // A signal-like object only needs an 'aborted' property and addEventListener.
  const fake = {
    aborted: false,
    added: 0,
    addEventListener() { this.added++; },
    removeEventListener() { this.added--; },
  };
  console.log('signal-like object:', await tp.setTimeout(1, 'ok', { signal: fake }), 'listeners left:', fake.added);

  // scheduler.
  const { scheduler } = tp;
  console.log('scheduler:', typeof scheduler, scheduler.constructor.name,
              Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)).join(','));
  console.log('scheduler.wait:', await scheduler.wait(1));
  console.log('scheduler.yield:', await scheduler.yield());
  try {
    new scheduler.constructor();
  } catch (err) {
    console.log('new Scheduler():', describe(err));
  }
  for (const m of ['wait', 'yield']) {
    try {
      scheduler[m].call({}, 1);
    } catch (err) {
      console.log(`scheduler.${m} on a wrong this:`, describe(err));
    }
  }
}

main().then(() => console.log('done'));
