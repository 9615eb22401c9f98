'use strict';
// The line diff on long values: identical runs of every length before, between and after
// differences, `...` skipping and "Lines skipped", the ~50 line cut-off, extra lines on either
// side and the trailing-comma rule.
const assert = require('assert');

let n = 0;
function show(label, actual, expected, fn = assert.deepStrictEqual) {
  n++;
  try {
    fn(actual, expected);
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    console.log(`#${n} ${label}: ${e.code} ${e.operator} ${e.generatedMessage}`);
    console.log(e.message);
    console.log('-'.repeat(20));
  }
}

const range = (k, f = (i) => i) => Array.from({ length: k }, (_, i) => f(i));

// One differing element at every position of arrays of several lengths.
for (const len of [1, 2, 3, 5, 7, 12]) {
  for (let pos = 0; pos < len; pos++) {
    const a = range(len);
    const b = range(len);
    b[pos] = -1;
    show(`array len ${len} diff at ${pos}`, a, b);
  }
}

// Two differences separated by identical runs of each length.
for (let gap = 0; gap <= 8; gap++) {
  const a = range(gap + 4);
  const b = range(gap + 4);
  b[1] = 'x';
  b[gap + 2] = 'y';
  show(`two diffs gap ${gap}`, a, b);
}

// Extra elements at the end, start and middle.
for (const extra of [1, 2, 4, 7]) {
  show(`actual longer by ${extra}`, range(5 + extra), range(5));
  show(`expected longer by ${extra}`, range(5), range(5 + extra));
  show(`actual longer at start by ${extra}`, [...range(extra, () => 'z'), ...range(5)], range(5));
  show(`expected longer at start by ${extra}`, range(5), [...range(extra, () => 'z'), ...range(5)]);
}

// Objects with many keys.
const obj = (k, f) => Object.fromEntries(range(k, (i) => [`key${String(i).padStart(2, '0')}`, f(i)]));
show('object one value differs', obj(20, (i) => i), obj(20, (i) => (i === 10 ? 'ten' : i)));
show('object first value differs', obj(20, (i) => i), obj(20, (i) => (i === 0 ? 'zero' : i)));
show('object last value differs', obj(20, (i) => i), obj(20, (i) => (i === 19 ? 'last' : i)));
show('object every value differs', obj(40, (i) => i), obj(40, (i) => i + 1));
show('object missing keys', obj(30, (i) => i), obj(25, (i) => i));
show('object extra keys', obj(25, (i) => i), obj(30, (i) => i));

// Big arrays of objects: the ~50 printed lines cut-off.
const recs = (k, f) => range(k, (i) => ({ id: i, name: `n${i}`, v: f(i) }));
show('records all differ', recs(30, (i) => i), recs(30, (i) => -i - 1));
show('records last differs', recs(30, (i) => i), recs(30, (i) => (i === 29 ? 'x' : i)));
show('records first differs', recs(30, (i) => i), recs(30, (i) => (i === 0 ? 'x' : i)));
show('records middle differs', recs(30, (i) => i), recs(30, (i) => (i === 15 ? 'x' : i)));
show('records three differ', recs(30, (i) => i), recs(30, (i) => (i % 10 === 5 ? 'x' : i)));
show('records actual longer', recs(40, (i) => i), recs(10, (i) => i));
show('records expected longer', recs(10, (i) => i), recs(40, (i) => i));
show('numbers 0..99 vs 1..100', range(100), range(100, (i) => i + 1));
show('numbers 200 one differs', range(200), range(200, (i) => (i === 150 ? 'x' : i)));

// Strings spanning lines.
const text = range(30, (i) => `line ${i}`).join('\n');
show('long text one line differs', text, text.replace('line 12', 'LINE 12'));
show('long text vs short', text, 'short');
show('long string single line', 'x'.repeat(200), 'x'.repeat(199) + 'y');

// Nested structures.
const nested = (v) => ({ level1: { level2: { level3: { level4: { value: v, list: [1, 2, 3] } } } } });
show('deeply nested value', nested(1), nested(2));
show('nested array of arrays', [[1, 2], [3, [4, [5, [6]]]]], [[1, 2], [3, [4, [5, [7]]]]]);

// Trailing comma handling.
show('comma: last key removed', { a: 1, b: 2, c: 3 }, { a: 1, b: 2 });
show('comma: key added', { a: 1, b: 2 }, { a: 1, b: 2, c: 3 });
show('comma: array element added', [[1], [2]], [[1], [2], [3]]);
show('comma: nested', { a: { x: 1 }, b: 1 }, { a: { x: 1, y: 2 }, b: 1 });

// Identical-looking but unequal.
show('same look symbols', { a: Symbol('s'), b: [1, 2, 3] }, { a: Symbol('s'), b: [1, 2, 3] });
show('same look long', range(60, (i) => ({ i })).concat([{ s: Symbol('q') }]), range(60, (i) => ({ i })).concat([{ s: Symbol('q') }]));
show('same look functions', { f() {} }, { f() {} });
show('same look prototype', Object.assign(Object.create({ p: 1 }), { a: 1 }), Object.assign(Object.create({ p: 1 }), { a: 1 }));

// strictEqual on long objects.
show('strictEqual long objects', obj(20, (i) => i), obj(20, (i) => i), assert.strictEqual);
show('strictEqual long objects differ', obj(20, (i) => i), obj(20, (i) => (i === 3 ? 'x' : i)), assert.strictEqual);
show('strictEqual long strings', text, text + '!', assert.strictEqual);
