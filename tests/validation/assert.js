'use strict';
// assert: every function given wrong arguments (messages, error validators, regexps, functions).
const assert = require('assert');
const { matrix, show, showAsync } = require('./fixtures/check');

function summary(e) {
  return e === undefined ? 'no error' : `${e.name} [${e.code}] ${e.operator} ${e.generatedMessage}: ${e.message.split('\n')[0]}`;
}
function run(name, fn) {
  show(name, () => {
    try {
      fn();
    } catch (e) {
      if (e instanceof assert.AssertionError) return summary(e);
      throw e;
    }
    return 'passed';
  });
}

for (const m of ['ok', 'equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual',
                 'deepStrictEqual', 'notDeepStrictEqual']) {
  for (const msg of [undefined, 'custom', new TypeError('own error'), 1, {}, null]) {
    run(`assert.${m}(1, 2, ${String(msg)})`, () => assert[m](1, 2, msg));
  }
}
run('assert()', () => assert());
run('assert.ok()', () => assert.ok());
run('assert.equal()', () => assert.equal());
run('assert.equal(1)', () => assert.equal(1));
run('assert.strictEqual()', () => assert.strictEqual());
run('assert.deepStrictEqual(1)', () => assert.deepStrictEqual(1));
run('assert.notDeepStrictEqual()', () => assert.notDeepStrictEqual());
run('assert.fail()', () => assert.fail());
run('assert.fail("m")', () => assert.fail('m'));
run('assert.fail(new RangeError)', () => assert.fail(new RangeError('r')));
run('assert.fail(1, 2)', () => assert.fail(1, 2));
run('assert.fail(1, 2, undefined, ">")', () => assert.fail(1, 2, undefined, '>'));
run('assert.fail(1, 2, "m", "op", fn)', () => assert.fail(1, 2, 'm', 'op', () => {}));
for (const v of [undefined, null, 0, 1, '', 'x', new Error('e'), { message: 'x' }, new TypeError('t')]) {
  run(`assert.ifError(${String(v)})`, () => assert.ifError(v));
}

const thrower = () => { throw new TypeError('boom'); };
for (const m of ['throws', 'doesNotThrow']) {
  matrix(`assert.${m} fn`, (f) => { assert[m](f); return 'passed'; }, [thrower], [undefined, null, 1, 'x', {}, Promise.resolve()]);
  for (const expected of [undefined, null, 1, 'x', TypeError, RangeError, /boom/, /nope/, { message: 'boom' }, { message: 'nope' },
                          { name: 'TypeError', message: /bo/ }, {}, [], () => true, () => false, class Foo {}, Error,
                          new TypeError('boom'), new TypeError('nope'), Symbol('s'), { code: undefined }, 'boom']) {
    run(`assert.${m}(thrower, ${typeof expected === 'function' ? `fn ${expected.name}` : String(expected)})`,
        () => assert[m](thrower, expected));
  }
  run(`assert.${m}(noThrow, /x/)`, () => assert[m](() => {}, /x/));
  run(`assert.${m}(noThrow, "msg")`, () => assert[m](() => {}, 'msg'));
  run(`assert.${m}(thrower, TypeError, "msg")`, () => assert[m](thrower, TypeError, 'msg'));
  run(`assert.${m}(thrower, "boom", "msg")`, () => assert[m](thrower, 'boom', 'msg'));
  run(`assert.${m}(thrower, TypeError, 1)`, () => assert[m](thrower, TypeError, 1));
  run(`assert.${m}(() => { throw 1 }, /1/)`, () => assert[m](() => { throw 1; }, /1/));
  run(`assert.${m}(() => { throw null }, Error)`, () => assert[m](() => { throw null; }, Error));
  run(`assert.${m}(() => { throw undefined }, {})`, () => assert[m](() => { throw undefined; }, {}));
}
for (const m of ['match', 'doesNotMatch']) {
  matrix(`assert.${m}`, (s, r) => { assert[m](s, r); return 'passed'; }, ['abc', /b/],
         [undefined, null, 1, 'b', {}, [], /x/, Symbol('s')]);
  run(`assert.${m}("abc", /b/, "msg")`, () => assert[m]('abc', /b/, 'msg'));
  run(`assert.${m}("abc", /b/, new Error)`, () => assert[m]('abc', /b/, new Error('own')));
}
matrix('new AssertionError', (o) => new assert.AssertionError(o).message.split('\n')[0], [{}],
       [undefined, null, 1, 'x', { message: 1 }, { actual: 1, expected: 2, operator: 'strictEqual' }, { operator: 1 }]);
show('AssertionError()', () => assert.AssertionError({}));

for (const m of ['rejects', 'doesNotReject']) {
  for (const v of [undefined, null, 1, 'x', {}, Promise.resolve(1), Promise.reject(new TypeError('r')), () => 1,
                   () => Promise.reject(new TypeError('r')), async () => 1, () => { throw new RangeError('sync'); }]) {
    showAsync(`assert.${m}(${typeof v === 'function' ? 'fn' : String(v)})`, () => assert[m](v).then(() => 'resolved', (e) => {
      if (e instanceof assert.AssertionError) return summary(e);
      throw e;
    }));
  }
  for (const expected of [TypeError, RangeError, /r/, /x/, { message: 'r' }, 'x', 1, null]) {
    showAsync(`assert.${m}(reject TypeError, ${typeof expected === 'function' ? expected.name : String(expected)})`,
              () => assert[m](Promise.reject(new TypeError('r')), expected).then(() => 'resolved', (e) => {
                if (e instanceof assert.AssertionError) return summary(e);
                throw e;
              }));
  }
}
if (typeof assert.CallTracker === 'function') {
  const tracker = new assert.CallTracker();
  matrix('tracker.calls', (f, n) => typeof tracker.calls(f, n), [() => {}, 1], [undefined, null, -1, 0, 1.5, 'x', {}, NaN, 10n]);
  matrix('tracker.getCalls', (f) => tracker.getCalls(f), [() => {}], [undefined, null, 1, () => {}]);
  matrix('tracker.reset', (f) => tracker.reset(f), [() => {}], [null, 1, () => {}]);
}
process.on('warning', () => {});
