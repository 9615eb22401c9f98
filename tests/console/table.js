'use strict';
// console.table: Node's box-drawing tables, byte for byte.

console.table([{ a: 1, b: 'xy' }, { a: 22, c: { d: 1 } }]);
console.table([1, 'two', { a: [1, 2, 3, 4, 5] }]);
console.table(new Map([['k', { v: 1 }], ['k2', 'str']]));
console.table(new Set(['s', 2, { o: 1 }]));
console.table({ r1: { c: 1 }, r2: { c: 2 } }, ['c', 'z']);
console.table({ r1: { c: 1, d: 2 }, r2: { c: 2 } }, []);
console.table('str');
console.table(42);
console.table(null);
console.table(undefined);
console.table([]);
console.table({});
console.table(new Map([[1, 2], [3, 4]]).entries());
console.table(new Map([[1, 2]]).keys());
console.table(new Set([1, 2]).values());
console.table([[1, 2], [3, 4, 5]]);
console.table([{ x: { a: 1, b: 2, c: 3 } }, { x: { a: 1 } }]);
console.table([{ name: 'Ann', age: 31 }, { name: 'Bob', age: 4 }], ['name']);
console.table([{ '中文': '值' }, { '中文': 'ascii' }]);
console.table([{ s: 'a\nb' }, { s: "it's" }]);
console.table({ a: [1, 2], b: 'prim', c: null });
console.table([Symbol('s'), 10n, undefined, () => {}]);
console.table([{ f() {}, d: new Date(0), r: /x/ }]);
console.table([new Uint8Array([1, 2])]);
console.group('in group');
console.table([{ a: 1 }]);
console.groupEnd();
try {
  console.table([], 'not an array');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
