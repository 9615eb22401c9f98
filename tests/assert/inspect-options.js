'use strict';
// Assertion messages when util.inspect.defaultOptions were changed: the diff keeps its own
// layout options, the others (colors, numericSeparator, ...) carry over.
const util = require('util');
const assert = require('assert');
const cases = [
  () => assert.strictEqual('hello world foo', 'hello world bar'),
  () => assert.strictEqual(1, 2),
  () => assert.deepStrictEqual({ a: [1, 2], b: 'x' }, { a: [1, 3], b: 'x' }),
  () => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }),
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
];
for (const opts of [{ colors: true }, { breakLength: 10 }, { depth: 0, maxArrayLength: 1 }, { sorted: false, getters: false }, { numericSeparator: true }]) {
  Object.assign(util.inspect.defaultOptions, opts);
  for (const c of cases) { try { c(); } catch (e) { console.log(JSON.stringify(e.message)); } }
  Object.assign(util.inspect.defaultOptions, { colors: false, breakLength: 80, depth: 2, maxArrayLength: 100, sorted: false, getters: false, numericSeparator: false });
}
try { assert.deepStrictEqual({ n: 1234567 }, { n: 1234568 }); } catch (e) { console.log(JSON.stringify(e.message)); }
