'use strict';

// assert — a stub until gonode's assert module: the shape is Node's (assert is assert.ok,
// assert.strict the strict variant, AssertionError an Error), every assertion throws
// ERR_NOT_IMPLEMENTED, even one that would pass.

const { cls, define, fns, stubFunction } = require('internal/stub');

const assertions = 'ok equal notEqual deepEqual notDeepEqual deepStrictEqual notDeepStrictEqual ' +
  'strictEqual notStrictEqual throws rejects doesNotThrow doesNotReject ifError match doesNotMatch';

const assert = stubFunction('assert.ok', 'ok');
define('assert', {
  ...fns('fail'),
  AssertionError: cls(Error),
  ...fns(assertions),
  CallTracker: cls(),
}, assert);
assert.ok = assert;

// assert.strict: the same functions, with the loose comparisons replaced by the strict ones.
const strict = stubFunction('assert.strict', 'strict');
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
