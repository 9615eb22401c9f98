'use strict';
// AssertionError messages of strictEqual / deepStrictEqual: the `+ actual - expected` diff,
// short primitive comparisons, the mismatch indicator and the identical-looking case.
const assert = require('assert');

let n = 0;
function show(label, fn) {
  n++;
  try {
    fn();
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    console.log(`#${n} ${label}: ${e.name} code=${e.code} generated=${e.generatedMessage} operator=${e.operator}`);
    console.log(JSON.stringify(e.message));
  }
}

show('numbers', () => assert.strictEqual(1, 2));
show('zero vs -0', () => assert.strictEqual(0, -0));
show('-0 vs 0', () => assert.strictEqual(-0, 0));
show('NaN vs 0', () => assert.strictEqual(NaN, 0));
show('short strings', () => assert.strictEqual('a', 'b'));
show('12 chars', () => assert.strictEqual('abcde', 'abcdf'));
show('13 chars', () => assert.strictEqual('abcdef', 'abcdeg'));
show('long strings indicator', () => assert.strictEqual('hello world foo', 'hello world bar'));
show('long strings no indicator', () => assert.strictEqual('xhello world foo', 'yhello world bar'));
show('prefix 2', () => assert.strictEqual('abXXXXXXXXXXXXXX', 'abYYYYYYYYYYYYYYY'));
show('prefix 3', () => assert.strictEqual('abcXXXXXXXXXXXXXX', 'abcYYYYYYYYYYYYYYY'));
show('very long single line', () => assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'));
show('over 80', () => assert.strictEqual('a'.repeat(45), 'a'.repeat(44) + 'b'));
show('undefined vs null', () => assert.strictEqual(undefined, null));
show('true vs false', () => assert.strictEqual(true, false));
show('bigint', () => assert.strictEqual(1n, 2n));
show('bigint vs number', () => assert.strictEqual(1n, 1));
show('symbol', () => assert.strictEqual(Symbol('a'), Symbol('a')));
show('string vs number', () => assert.strictEqual('1', 1));
show('objects', () => assert.strictEqual({}, {}));
show('objects with content', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('arrays', () => assert.strictEqual([1, 2], [1, 2]));
show('functions', () => assert.strictEqual(function a() {}, function a() {}));
show('functions differ', () => assert.strictEqual(function a() {}, function b() {}));
show('object vs primitive', () => assert.strictEqual({}, 1));
show('primitive vs object', () => assert.strictEqual(1, {}));
show('null vs object', () => assert.strictEqual(null, {}));
show('multiline string', () => assert.strictEqual('a\nb\nc', 'a\nb\nd'));
show('deep a:1 vs a:2', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show('deep extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show('deep missing key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show('deep array', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show('deep array longer', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 3]));
show('deep array shorter', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show('deep nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2, { d: 3 }] } } }, { a: { b: { c: [1, 2, { d: 4 }] } } }));
show('deep symbols same', () => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') }));
show('deep prototype', () => assert.deepStrictEqual(Object.create(null), {}));
show('deep class', () => { class A {} class B {} assert.deepStrictEqual(new A(), new B()); });
show('deep same class name', () => {
  const A1 = class A {};
  const A2 = class A {};
  assert.deepStrictEqual(new A1(), new A2());
});
show('deep -0', () => assert.deepStrictEqual([-0], [0]));
show('deep -0 primitive', () => assert.deepStrictEqual(-0, 0));
show('deep 0 0 loose', () => assert.deepStrictEqual(0, -0));
show('deep NaN ok', () => assert.deepStrictEqual(NaN, NaN));
show('deep number vs string', () => assert.deepStrictEqual(1, '1'));
show('deep string', () => assert.deepStrictEqual('a', 'b'));
show('deep date', () => assert.deepStrictEqual(new Date(0), new Date(1)));
show('deep regexp', () => assert.deepStrictEqual(/a/g, /a/i));
show('deep map', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show('deep set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show('deep error', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('deep typeerror', () => assert.deepStrictEqual(new Error('a'), new TypeError('a')));
show('deep boxed', () => assert.deepStrictEqual(new Number(1), new Number(2)));
show('deep boxed string', () => assert.deepStrictEqual(new String('a'), Object('b')));
show('deep typed', () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
show('deep typed kinds', () => assert.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])));
show('deep holes', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
show('deep getter', () => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
show('deep arrow vs fn', () => assert.deepStrictEqual(() => {}, function () {}));
show('deep undefined prop', () => assert.deepStrictEqual({ a: undefined }, {}));
show('deep comma', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
show('deep comma 2', () => assert.deepStrictEqual([1], [1, 2]));
show('deep comma 3', () => assert.deepStrictEqual([1, 2], [1]));
show('custom message strict', () => assert.strictEqual(1, 2, 'custom'));
show('custom message deep', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show('custom message same look', () => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }, 'custom'));
show('custom message number', () => assert.strictEqual(1, 2, 42));
show('custom message zero', () => assert.strictEqual(1, 2, 0));
show('custom message empty', () => assert.strictEqual(1, 2, ''));
show('custom error', () => assert.strictEqual(1, 2, new TypeError('mine')));
show('custom message notStrictEqual', () => assert.notStrictEqual(1, 1, 'custom'));
