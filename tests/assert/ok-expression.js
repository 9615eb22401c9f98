'use strict';
// assert(value) / assert.ok(value) without a message quote the failing call from the source.
const assert = require('assert');
const { ok, strict } = assert;

let n = 0;
function show(label, fn) {
  n++;
  try {
    fn();
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    console.log(`#${n} ${label}: ${e.code} generated=${e.generatedMessage} operator=${e.operator} actual=${String(e.actual)} expected=${e.expected}`);
    console.log(JSON.stringify(e.message));
  }
}

show('assert(false)', () => assert(false));
show('assert.ok(0)', () => assert.ok(0));
show('ok("")', () => ok(''));
show('strict(null)', () => strict(null));
show('assert.strict.ok(undefined)', () => assert.strict.ok(undefined));
show('assert.strict(NaN)', () => assert.strict(NaN));
show('expression', () => assert(typeof 123 === 'string'));
show('comparison', () => { const x = 1; assert.ok(x > 2 && x < 5); });
show('nested call', () => assert(Array.isArray(Object.keys({}).length)));
show('string with parens', () => assert.ok(')' === '(' + ')'));
show('template', () => assert.ok(`a${1 + 1}b` === 'a2c'));
show('regexp', () => assert(/\)/.test('(')));
show('comment inside', () => assert.ok(/* why ( */ false));
show('spaces', () => assert.ok(   false   ));
show('multi-line', () => {
  assert.ok(
    1 === 2,
  );
});
show('multi-line deeper', () => {
  if (true) {
    assert(
      [1, 2,
        3].includes(4),
    );
  }
});
show('assigned', () => { const r = assert(0); return r; });
show('semicolons after', () => { assert(false); const y = 2; return y; });
show('two on a line', () => { assert(true); assert(!true); });
show('optional call', () => assert?.(false));
show('computed member', () => assert['ok'](false));
show('with message undefined', () => assert(false, undefined));
show('unicode', () => assert.ok('héllo wörld' === 'x'));
show('tab indent', () => {
	assert.ok(
		false,
	);
});
show('control char', () => assert.ok('\u0001' === 'x' && '' === 'x'));
show('arrow body', () => [0].forEach((v) => assert(v)));
show('via call', () => assert.ok.call(null, false));
show('via apply', () => assert.ok.apply(null, [false]));
show('via bind', () => assert.bind(null)(false));
show('value types', () => assert(null));
show('value object', () => assert.ok(0n));
const helper = (v) => assert(v);
show('helper', () => helper(false));
show('comma callee', () => (0, assert.ok)(false));
show('callee split over lines', () => {
  assert
    .ok(null);
});
show('inside template', () => `${assert(false)}`);
show('trailing comment', () => assert.ok(0) /* ) ( */);
show('class method', () => {
  class T {
    check(v) { assert.strictEqual(typeof v, 'number'); assert.ok(v > 10); }
  }
  new T().check(3);
});
show('eval', () => eval('assert(false)'));
show('new Function', () => new Function('assert', 'assert.ok(false)')(assert));
show('division before', () => { const a = 4 / 2; assert(a / 2 === 3); });
show('regexp after paren', () => assert.ok(/x/.test('y') || /[(]/.source === ''));
show('object literal arg', () => assert.ok({ a: 1 }.a === 2));
show('arrow arg', () => assert.ok([1, 2].some((x) => { return x > 5; })));
show('same site twice (cached)', () => { for (let i = 0; i < 2; i++) { try { assert(i > 5); } catch (e) { console.log(JSON.stringify(e.message)); } } });
