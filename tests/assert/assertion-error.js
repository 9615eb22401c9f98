'use strict';
// The AssertionError class: constructing it directly, its properties, toString, its stack
// header, how util.inspect prints it, and ifError's error.
const assert = require('assert');
const util = require('util');
const { AssertionError } = assert;

// Stack frames differ between engines: keep the header, count nothing else.
const header = (stack) => stack.split('\n    at ')[0];
const noFrames = (text) => text.replace(/(\n +at [^\n]*)+/g, '\n    <frames>');

function show(label, fn) {
  try {
    const v = fn();
    console.log(`${label}:`, typeof v === 'string' ? JSON.stringify(v) : v);
  } catch (e) {
    console.log(`${label}: throws ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
  }
}

const e1 = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
show('instanceof Error', () => e1 instanceof Error);
show('instanceof AssertionError', () => e1 instanceof AssertionError);
show('name', () => e1.name);
show('own name', () => Object.getOwnPropertyDescriptor(e1, 'name'));
show('code', () => e1.code);
show('message', () => e1.message);
show('generatedMessage', () => e1.generatedMessage);
show('keys', () => Object.keys(e1));
show('own names', () => Object.getOwnPropertyNames(e1).sort());
show('toString', () => e1.toString());
show('String()', () => String(e1));
show('stack header', () => header(e1.stack));
show('prototype name', () => AssertionError.prototype.name);
show('AssertionError.name', () => AssertionError.name);
show('AssertionError.length', () => AssertionError.length);
show('constructor', () => e1.constructor === AssertionError);

show('custom message', () => new AssertionError({ message: 'custom', actual: 1, expected: 2, operator: 'op' }).message);
show('custom message generated', () => new AssertionError({ message: 'custom' }).generatedMessage);
show('number message', () => new AssertionError({ message: 42 }).message);
show('object message', () => new AssertionError({ message: { toString() { return 'obj'; } } }).message);
show('no operator', () => new AssertionError({ actual: 1, expected: 2 }).message);
show('unknown operator', () => new AssertionError({ actual: [1], expected: { a: 1 }, operator: '>=' }).message);
show('deepEqual operator', () => new AssertionError({ actual: 1, expected: 2, operator: 'deepEqual' }).message);
show('notDeepEqual operator', () => new AssertionError({ actual: 1, expected: 2, operator: 'notDeepEqual' }).message);
show('notIdentical operator', () => new AssertionError({ actual: 1, expected: 2, operator: 'notIdentical' }).message);
show('empty options', () => new AssertionError({}).message);
show('no options', () => new AssertionError());
show('null options', () => new AssertionError(null));
show('string options', () => new AssertionError('message'));
show('array options', () => new AssertionError([]));
show('details', () => {
  const e = new AssertionError({
    message: 'two failed',
    details: [
      { message: 'm0', actual: 1, expected: 2, operator: 'op0', stack: 's0' },
      { message: 'm1', actual: 3, expected: 4, operator: 'op1', stack: 's1' },
    ],
  });
  return Object.keys(e).map((k) => `${k}=${util.inspect(e[k])}`).join('; ');
});
show('stackStartFn', () => {
  function outer() { return inner(); }
  function inner() { return new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', stackStartFn: inner }); }
  return outer().stack.split('\n').some((l) => l.includes('inner'));
});
show('stackStartFunction', () => {
  function inner2() { return new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', stackStartFunction: inner2 }); }
  return inner2().stack.split('\n').some((l) => l.includes('inner2'));
});
show('name writable', () => { const e = new AssertionError({}); e.name = 'X'; return e.name + ' ' + e.toString(); });
show('subclass', () => {
  class MyAssertion extends AssertionError {}
  const e = new MyAssertion({ actual: 1, expected: 2, operator: 'strictEqual' });
  return `${e instanceof MyAssertion} ${e.name} ${header(e.stack)}`;
});

// util.inspect of assertion errors: actual/expected one level deep, long strings shortened.
const inspected = (e, opts) => noFrames(util.inspect(e, opts));
console.log(inspected(e1));
try {
  assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } });
} catch (e) {
  console.log(inspected(e));
  console.log(inspected({ nested: e }));
  console.log(inspected(e, { depth: 0 }));
  console.log(inspected(e, { compact: false }));
  console.log(inspected([e]));
}
try {
  assert.strictEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n'), 'x');
} catch (e) {
  console.log(inspected(e));
  console.log(e.actual.length, e.expected);
}
try {
  assert.strictEqual('y'.repeat(600), 'x'.repeat(520));
} catch (e) {
  console.log(inspected(e));
  console.log(e.actual.length, e.expected.length);
}
try {
  assert.fail('boom');
} catch (e) {
  console.log(inspected(e));
}
try {
  assert.ok(false);
} catch (e) {
  console.log(inspected(e));
  console.log(header(e.stack));
}
try {
  assert.deepStrictEqual(new Error('actual err'), new Error('expected err'));
} catch (e) {
  console.log(inspected(e));
  console.log(e.actual instanceof Error, Object.keys(e.actual), 'stack' in e.actual, Object.prototype.hasOwnProperty.call(e.actual, 'stack'));
}

// ifError
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
for (const value of [0, false, '', 'str', 42, { message: 'obj msg' }, { message: 7 }, [], new Error('real'),
  new TypeError(''), Object.assign(new Error(''), { constructor: null }), Symbol('s'), NaN, { message: '' }]) {
  try {
    assert.ifError(value);
    console.log('ifError', util.inspect(value), 'passed');
  } catch (e) {
    console.log('ifError', util.inspect(value).split('\n')[0], '->', e.code, e.operator, e.generatedMessage,
      JSON.stringify(e.message), e.actual === value, e.expected);
  }
}
{
  function makeError() { return new Error('original'); }
  const original = makeError();
  try {
    assert.ifError(original);
  } catch (e) {
    const lines = e.stack.split('\n');
    console.log(lines[0]);
    console.log(lines.some((l) => l.includes('makeError')), lines.filter((l) => l.includes('makeError')).length);
  }
  const noStack = new Error('nostack');
  noStack.stack = undefined;
  try {
    assert.ifError(noStack);
  } catch (e) {
    console.log(header(e.stack));
  }
  const oddStack = new Error('odd');
  oddStack.stack = 'no frames here';
  try {
    assert.ifError(oddStack);
  } catch (e) {
    console.log(header(e.stack));
  }
}
