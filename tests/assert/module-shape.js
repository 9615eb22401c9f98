'use strict';
// The shape of the assert module: its functions (names, lengths, order), assert.strict and
// require('assert/strict'), and which functions the strict variant swaps.
const assert = require('assert');
const strictModule = require('assert/strict');
const nodeAssert = require('node:assert');
const nodeStrict = require('node:assert/strict');

console.log(Object.keys(assert).join(','));
console.log(Object.keys(assert.strict).join(','));
for (const key of Object.keys(assert)) {
  const v = assert[key];
  console.log(key, typeof v, typeof v === 'function' ? `${v.name}/${v.length}` : '', assert.strict[key] === v);
}
console.log('assert === ok', assert === assert.ok, assert.name, assert.length);
console.log('strict', typeof assert.strict, assert.strict.name, assert.strict.length);
console.log('strict.strict', assert.strict.strict === assert.strict);
console.log('strict.ok', assert.strict.ok === assert.ok);
console.log('assert/strict', strictModule === assert.strict, nodeAssert === assert, nodeStrict === strictModule);
console.log('strict equal is strictEqual', assert.strict.equal === assert.strictEqual);
console.log('strict deepEqual is deepStrictEqual', assert.strict.deepEqual === assert.deepStrictEqual);
console.log('strict notEqual', assert.strict.notEqual === assert.notStrictEqual);
console.log('strict notDeepEqual', assert.strict.notDeepEqual === assert.notDeepStrictEqual);
console.log('AssertionError shared', assert.strict.AssertionError === assert.AssertionError);
console.log('rejects is async', Object.prototype.toString.call(assert.rejects), Object.prototype.toString.call(assert.doesNotReject));
console.log('descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(assert, 'strictEqual'), (k, v) => (typeof v === 'function' ? v.name : v)));

try {
  strictModule.equal(1, '1');
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strictModule.deepEqual({ a: 1 }, { a: '1' });
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strictModule.notEqual(NaN, NaN);
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strictModule(0);
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strictModule();
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
