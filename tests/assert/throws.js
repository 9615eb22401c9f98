'use strict';
// assert.throws and assert.doesNotThrow: validation objects, RegExps, Error classes,
// validation functions, the message argument, ERR_AMBIGUOUS_ARGUMENT and argument errors.
const assert = require('assert');

let n = 0;
function show(label, fn) {
  n++;
  try {
    fn();
    console.log(`#${n} ${label}: no error`);
  } catch (e) {
    if (e && e.code === 'ERR_ASSERTION') {
      console.log(`#${n} ${label}: ${e.name} generated=${e.generatedMessage} operator=${e.operator} ` +
        `actual=${e.actual === undefined ? 'undefined' : typeof e.actual} expected=${typeof e.expected}`);
    } else if (e instanceof Error) {
      console.log(`#${n} ${label}: ${e.name} ${e.code}`);
    } else {
      console.log(`#${n} ${label}: threw ${typeof e} ${String(e)}`);
    }
    console.log(JSON.stringify(e && e.message));
  }
}

class CustomError extends Error {
  constructor(message, extra) {
    super(message);
    this.name = 'CustomError';
    this.extra = extra;
  }
}
const thrower = (err) => () => { throw err; };

// Basic presence.
show('throws ok', () => assert.throws(thrower(new Error('x'))));
show('throws missing', () => assert.throws(() => {}));
show('throws missing with message', () => assert.throws(() => {}, 'should throw'));
show('throws missing with class', () => assert.throws(() => {}, TypeError));
show('throws missing with class and message', () => assert.throws(() => {}, TypeError, 'should throw'));
show('throws missing with object', () => assert.throws(() => {}, { message: 'x' }));
show('throws missing with named object', () => assert.throws(() => {}, { name: 'RangeError' }));
show('throws missing with regexp', () => assert.throws(() => {}, /x/));
show('throws missing with error message', () => assert.throws(() => {}, TypeError, new Error('custom')));
show('throws not a function', () => assert.throws('nope'));
show('throws no args', () => assert.throws());

// Error classes.
show('class matches', () => assert.throws(thrower(new TypeError('t')), TypeError));
show('class parent matches', () => assert.throws(thrower(new TypeError('t')), Error));
show('class mismatch', () => assert.throws(thrower(new TypeError('t')), RangeError));
show('class mismatch no message', () => assert.throws(thrower(new TypeError('')), RangeError));
show('class same name other prototype', () => {
  const Other = class TypeError extends Error {};
  assert.throws(thrower(new TypeError('t')), Other);
});
show('class custom', () => assert.throws(thrower(new CustomError('c')), CustomError));
show('class custom mismatch', () => assert.throws(thrower(new Error('plain')), CustomError));
show('class non-error thrown', () => assert.throws(thrower('a string'), TypeError));
show('class object thrown', () => assert.throws(thrower({ a: { b: { c: 1 } } }), TypeError));
show('class with message', () => assert.throws(thrower(new TypeError('t')), RangeError, 'my message'));
show('class mismatch rethrown? no', () => assert.throws(thrower(new TypeError('t')), RangeError, new Error('mine')));

// Validation functions.
show('fn true', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show('fn false', () => assert.throws(thrower(new Error('x')), (e) => e.message === 'y'));
show('fn returns 1', () => assert.throws(thrower(new Error('x')), () => 1));
show('fn named', () => assert.throws(thrower(new Error('x')), function validate() { return false; }));
show('fn non-error', () => assert.throws(thrower(42), function check() { return undefined; }));
show('fn throws', () => assert.throws(thrower(new Error('x')), () => { throw new RangeError('inner'); }));
show('fn with message', () => assert.throws(thrower(new Error('x')), () => false, 'custom'));
show('fn this', () => assert.throws(thrower(new Error('x')), function () { return typeof this === 'object' && Object.keys(this).length === 0; }));

// RegExps.
show('regexp match', () => assert.throws(thrower(new Error('hello')), /hell/));
show('regexp match name', () => assert.throws(thrower(new TypeError('hello')), /^TypeError: hello$/));
show('regexp mismatch', () => assert.throws(thrower(new Error('hello')), /bye/));
show('regexp non-error', () => assert.throws(thrower(123), /12/));
show('regexp non-error mismatch', () => assert.throws(thrower({ toString() { return 'custom str'; } }), /nope/));
show('regexp with message', () => assert.throws(thrower(new Error('hello')), /bye/, 'custom'));

// Validation objects.
show('object match', () => assert.throws(thrower(new CustomError('m', 1)), { name: 'CustomError', message: 'm', extra: 1 }));
show('object regexp values', () => assert.throws(thrower(new CustomError('message 12', 'x')), { message: /\d+/, extra: /x/ }));
show('object message mismatch', () => assert.throws(thrower(new Error('actual message')), { message: 'expected message' }));
show('object name mismatch', () => assert.throws(thrower(new TypeError('m')), { name: 'RangeError', message: 'm' }));
show('object regexp mismatch', () => assert.throws(thrower(new Error('abc')), { message: /xyz/, name: 'Error' }));
show('object missing prop', () => assert.throws(thrower(new Error('abc')), { code: 'ERR_X' }));
show('object nested', () => assert.throws(thrower(new CustomError('m', { a: [1, 2] })), { extra: { a: [1, 3] } }));
show('object nested match', () => assert.throws(thrower(new CustomError('m', { a: [1, 2] })), { extra: { a: [1, 2] } }));
show('object with message', () => assert.throws(thrower(new Error('abc')), { message: 'x' }, 'custom msg'));
show('object with error message', () => assert.throws(thrower(new Error('abc')), { message: 'x' }, new RangeError('mine')));
show('object empty', () => assert.throws(thrower(new Error('abc')), {}));
show('object primitive thrown', () => assert.throws(thrower('str'), { message: 'str' }));
show('object null thrown', () => assert.throws(thrower(null), { message: 'x' }));
show('object undefined thrown', () => assert.throws(thrower(undefined), { a: 1 }));
show('object inherited prop', () => assert.throws(thrower(new Error('abc')), { name: 'Error' }));
show('object symbol', () => assert.throws(thrower(Object.assign(new Error('a'), { code: 1 })), { code: 1, [Symbol('x')]: 2 }));
show('object array', () => assert.throws(thrower([1, 2]), [1, 2]));
show('object array mismatch', () => assert.throws(thrower([1, 2]), [1, 3]));
show('object code', () => assert.throws(thrower(Object.assign(new Error('a'), { code: 'E1', errno: 1 })), { code: 'E2', errno: 1 }));
show('object regexp on non-string', () => assert.throws(thrower(Object.assign(new Error('a'), { code: 12 })), { code: /12/ }));
show('object regexp equal regexp', () => assert.throws(thrower(Object.assign(new Error('a'), { re: /x/ })), { re: /x/ }));

// Error instances as validation objects: name and message compared too.
show('error instance match', () => assert.throws(thrower(new Error('same')), new Error('same')));
show('error instance message mismatch', () => assert.throws(thrower(new Error('a')), new Error('b')));
show('error instance name mismatch', () => assert.throws(thrower(new TypeError('a')), new RangeError('a')));
show('error instance extra prop', () => assert.throws(thrower(new Error('a')), Object.assign(new Error('a'), { code: 'X' })));
show('error instance vs plain object', () => assert.throws(thrower({ name: 'Error', message: 'a' }), new Error('a')));

// The message argument as second argument.
show('string second arg', () => assert.throws(thrower(new Error('x')), 'message'));
show('string identical to message', () => assert.throws(thrower(new Error('same')), 'same'));
show('string identical to thrown string', () => assert.throws(thrower('same'), 'same'));
show('string plus another arg', () => assert.throws(thrower(new Error('x')), 'a', 'b'));
show('invalid error arg number', () => assert.throws(thrower(new Error('x')), 5));
show('invalid error arg boolean', () => assert.throws(thrower(new Error('x')), true));
show('null error arg', () => assert.throws(thrower(new Error('x')), null));

// doesNotThrow
show('doesNotThrow ok', () => assert.doesNotThrow(() => {}));
show('doesNotThrow fail', () => assert.doesNotThrow(thrower(new Error('boom'))));
show('doesNotThrow fail message', () => assert.doesNotThrow(thrower(new Error('boom')), 'custom'));
show('doesNotThrow fail class match', () => assert.doesNotThrow(thrower(new TypeError('boom')), TypeError));
show('doesNotThrow fail class match message', () => assert.doesNotThrow(thrower(new TypeError('boom')), TypeError, 'msg'));
show('doesNotThrow class mismatch rethrows', () => assert.doesNotThrow(thrower(new TypeError('boom')), RangeError));
show('doesNotThrow regexp match', () => assert.doesNotThrow(thrower(new Error('boom')), /boo/));
show('doesNotThrow regexp mismatch rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), /zzz/));
show('doesNotThrow fn true', () => assert.doesNotThrow(thrower(new Error('boom')), () => true));
show('doesNotThrow fn false rethrows', () => assert.doesNotThrow(thrower(new Error('boom')), () => false));
show('doesNotThrow object arg', () => assert.doesNotThrow(thrower(new Error('boom')), { message: 'boom' }));
show('doesNotThrow non-error', () => assert.doesNotThrow(thrower('str')));
show('doesNotThrow undefined thrown', () => assert.doesNotThrow(thrower(undefined)));
show('doesNotThrow not a function', () => assert.doesNotThrow(5));
show('doesNotThrow error message', () => assert.doesNotThrow(thrower(new Error('boom')), new Error('mine')));

// What the thrown AssertionError carries.
try {
  assert.throws(thrower(new CustomError('m', 1)), { message: 'n', extra: 1 });
} catch (e) {
  console.log(e.actual instanceof CustomError, e.expected.message, e.operator, Object.keys(e));
}
try {
  assert.throws(() => {}, TypeError);
} catch (e) {
  console.log(e.actual, e.expected === TypeError, e.operator, e.generatedMessage);
}
