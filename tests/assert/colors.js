'use strict';
// Colors in assertion messages: only when stderr is a terminal that takes colors. The terminal
// is simulated (isTTY, columns, getColorDepth on process.stderr) before assert first builds a
// message; the harness's NO_COLOR is removed so that it does not decide instead.
delete process.env.NO_COLOR;
delete process.env.FORCE_COLOR;
process.stderr.isTTY = true;
process.stderr.columns = 120;
process.stderr.getColorDepth = () => 8;
const assert = require('assert');

const range = (k, f) => Array.from({ length: k }, (_, i) => f(i));
for (const f of [
  () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3, 4, 5, 6, 7, 8] }, { a: 2, b: [1, 2, 3, 4, 5, 6, 7, 9] }),
  () => assert.strictEqual('hello world foo', 'hello world bar'),
  () => assert.notDeepStrictEqual(range(60, (i) => i), range(60, (i) => i)),
  () => assert.deepStrictEqual(range(80, (i) => ({ i })), range(80, (i) => ({ i: -i }))),
  () => assert.deepStrictEqual(range(80, (i) => ({ i })), []),
  () => assert.strictEqual(1, 2),
  () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 2, 3, 4, 5, 6, 7, 8, 9]),
  () => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }),
  () => assert.deepStrictEqual(range(80, () => ({ s: Symbol('x') })), range(80, () => ({ s: Symbol('x') }))),
  () => assert.strictEqual(1, 2, 'custom message keeps the diff'),
]) {
  try {
    f();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}

// A terminal without colors: no escape codes, and the indicator width follows its columns.
process.stderr.getColorDepth = () => 1;
process.stderr.columns = 20;
for (const f of [
  () => assert.deepStrictEqual({ a: 1 }, { a: 2 }),
  () => assert.strictEqual('hello world foo', 'hello world bar'),
  () => assert.strictEqual('hello', 'help!'),
]) {
  try {
    f();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
