'use strict';
// The messages and properties of every assertion's failure other than the strict diff:
// equal/notEqual, deepEqual/notDeepEqual (loose), notStrictEqual/notDeepStrictEqual, fail,
// match/doesNotMatch, ok, and the missing-argument errors.
const assert = require('assert');

let n = 0;
function show(label, fn) {
  n++;
  try {
    fn();
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    const props = e.code === 'ERR_ASSERTION' ?
      ` generated=${e.generatedMessage} operator=${String(e.operator)} actual=${typeof e.actual} expected=${typeof e.expected}` :
      '';
    console.log(`#${n} ${label}: ${e.name} ${e.code}${props}`);
    console.log(JSON.stringify(e.message));
  }
}

// equal / notEqual
show('equal 1 1', () => assert.equal(1, 1));
show('equal 1 "1"', () => assert.equal(1, '1'));
show('equal 1 2', () => assert.equal(1, 2));
show('equal NaN NaN', () => assert.equal(NaN, NaN));
show('equal NaN 1', () => assert.equal(NaN, 1));
show('equal null undefined', () => assert.equal(null, undefined));
show('equal objects', () => assert.equal({}, {}));
show('equal object vs string', () => assert.equal({ a: 1 }, '[object Object]'));
show('equal long', () => assert.equal('a'.repeat(600), 'b'));
show('equal multiline', () => assert.equal({ a: [1, 2, 3], b: { c: 'd' } }, { a: 1 }));
show('equal message', () => assert.equal(1, 2, 'one is not two'));
show('equal error message', () => assert.equal(1, 2, new RangeError('custom')));
show('equal one arg', () => assert.equal(1));
show('equal no args', () => assert.equal());
show('notEqual 1 2', () => assert.notEqual(1, 2));
show('notEqual 1 "1"', () => assert.notEqual(1, '1'));
show('notEqual NaN NaN', () => assert.notEqual(NaN, NaN));
show('notEqual same object', () => { const o = { a: 1 }; assert.notEqual(o, o); });
show('notEqual message', () => assert.notEqual(1, 1, 'msg'));
show('notEqual one arg', () => assert.notEqual(1));

// strictEqual / notStrictEqual
show('notStrictEqual 1 1', () => assert.notStrictEqual(1, 1));
show('notStrictEqual short string', () => assert.notStrictEqual('ab', 'ab'));
show('notStrictEqual 6 chars', () => assert.notStrictEqual('abcd', 'abcd'));
show('notStrictEqual NaN', () => assert.notStrictEqual(NaN, NaN));
show('notStrictEqual object', () => { const o = { a: 1 }; assert.notStrictEqual(o, o); });
show('notStrictEqual empty object', () => { const o = {}; assert.notStrictEqual(o, o); });
show('notStrictEqual function', () => { const f = function foo() {}; assert.notStrictEqual(f, f); });
show('notStrictEqual long', () => { const a = Array.from({ length: 60 }, (_, i) => i); assert.notStrictEqual(a, a); });
show('notStrictEqual undefined', () => assert.notStrictEqual(undefined, undefined));
show('notStrictEqual one arg', () => assert.notStrictEqual(1));
show('strictEqual one arg', () => assert.strictEqual(1));

// deepEqual (loose)
show('deepEqual ok', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('deepEqual fail', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('deepEqual fail multi', () => assert.deepEqual({ a: [1, 2], b: 'x' }, { a: [1, 3], b: 'x' }));
show('deepEqual long', () => assert.deepEqual(Array.from({ length: 200 }, (_, i) => i), []));
show('deepEqual primitives', () => assert.deepEqual(1, 2));
show('deepEqual strings', () => assert.deepEqual('a', 'b'));
show('deepEqual message', () => assert.deepEqual(1, 2, 'nope'));
show('deepEqual one arg', () => assert.deepEqual(1));
show('notDeepEqual fail', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual fail same print', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show('notDeepEqual long same', () => assert.notDeepEqual(Array.from({ length: 300 }, (_, i) => i), Array.from({ length: 300 }, (_, i) => i)));
show('notDeepEqual ok', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
show('notDeepEqual one arg', () => assert.notDeepEqual(1));

// deepStrictEqual / notDeepStrictEqual
show('notDeepStrictEqual short', () => assert.notDeepStrictEqual(1, 1));
show('notDeepStrictEqual object', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual empty', () => assert.notDeepStrictEqual({}, {}));
show('notDeepStrictEqual long', () => assert.notDeepStrictEqual(Array.from({ length: 70 }, (_, i) => i), Array.from({ length: 70 }, (_, i) => i)));
show('notDeepStrictEqual ok', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
show('notDeepStrictEqual message', () => assert.notDeepStrictEqual(1, 1, 'same'));
show('deepStrictEqual one arg', () => assert.deepStrictEqual(1));
show('notDeepStrictEqual one arg', () => assert.notDeepStrictEqual(1));

// fail
show('fail()', () => assert.fail());
show('fail(undefined)', () => assert.fail(undefined));
show('fail(null)', () => assert.fail(null));
show('fail("boom")', () => assert.fail('boom'));
show('fail(error)', () => assert.fail(new TypeError('thrown as is')));
show('fail(0)', () => assert.fail(0));
show('fail({})', () => assert.fail({ a: 1 }));
show('fail(a, b)', () => assert.fail(1, 2));
show('fail(a, b, undefined, op)', () => assert.fail(1, 2, undefined, '>'));
show('fail(a, b, msg)', () => assert.fail(1, 2, 'custom'));
show('fail(a, b, msg, op)', () => assert.fail(1, 2, 'custom', '>'));
show('fail(a, b, error)', () => assert.fail(1, 2, new Error('as is')));
show('fail objects', () => assert.fail({ a: 1 }, [1, 2], undefined, 'op'));

// match / doesNotMatch
show('match ok', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match fail long', () => assert.match('x'.repeat(100), /y/));
show('match not string', () => assert.match(123, /1/));
show('match not string object', () => assert.match({ a: 1 }, /1/));
show('match bad regexp', () => assert.match('abc', 'b'));
show('match message', () => assert.match('abc', /x/, 'my message'));
show('match error', () => assert.match('abc', /x/, new Error('mine')));
show('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fail', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch not string', () => assert.doesNotMatch(undefined, /b/));
show('doesNotMatch bad regexp', () => assert.doesNotMatch('abc', null));
show('match global lastIndex', () => { const re = /a/g; re.lastIndex = 5; assert.match('a', re); });

// ok
show('ok no args', () => assert.ok());
show('assert no args', () => assert());
show('ok message', () => assert.ok(false, 'msg'));
show('ok error message', () => assert.ok(0, new SyntaxError('mine')));
show('ok truthy', () => assert.ok('x'));
show('ok message null', () => assert.ok(null, null));
show('ok number message', () => assert.ok(false, 5));
