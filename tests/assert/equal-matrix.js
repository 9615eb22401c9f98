'use strict';
// equal / notEqual / strictEqual / notStrictEqual over a matrix of values: one letter per pair
// (E = equal passes, e = it throws; N/n for notEqual; S/s strictEqual; T/t notStrictEqual).
const assert = require('assert');

const values = [
  0, -0, 1, '1', '', ' ', '0', NaN, 'NaN', null, undefined, true, false, 1n, 0n, [], [1], {},
  '[object Object]', Infinity, Symbol.iterator, new Number(1), new String('1'),
];
const names = values.map((v) => (Object.is(v, -0) ? '-0' : typeof v === 'symbol' ? 'sym' : typeof v === 'bigint' ? `${v}n` :
  typeof v === 'object' && v !== null ? JSON.stringify(v) || 'obj' : JSON.stringify(v) || String(v)));

function passes(fn, a, b) {
  try {
    fn(a, b);
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') return `(${e.name})`;
    return false;
  }
}

for (let i = 0; i < values.length; i++) {
  let row = '';
  for (let j = 0; j < values.length; j++) {
    const a = values[i];
    const b = values[j];
    const marks = [
      [assert.equal, 'E'], [assert.notEqual, 'N'], [assert.strictEqual, 'S'], [assert.notStrictEqual, 'T'],
    ].map(([fn, letter]) => {
      const r = passes(fn, a, b);
      return r === true ? letter : r === false ? letter.toLowerCase() : r;
    });
    row += marks.join('') + ' ';
  }
  console.log(`${names[i].padEnd(18)} ${row}`);
}

// A few messages of the loose comparisons.
for (const [a, b] of [[1, 2], ['a', 'b'], [null, 0], [{ a: 1 }, { a: 1 }], [[1, 2, 3], '1,2,4'], [1n, 2]]) {
  try {
    assert.equal(a, b);
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
for (const [a, b] of [[1, '1'], [null, undefined], [NaN, NaN], ['x'.repeat(600), 'x'.repeat(600)]]) {
  try {
    assert.notEqual(a, b);
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
