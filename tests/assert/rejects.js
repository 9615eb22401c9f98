'use strict';
// assert.rejects and assert.doesNotReject: promises and promise-returning functions,
// thenables, synchronous throws, wrong return values and all the error-argument forms.
const assert = require('assert');

let n = 0;
async function show(label, fn) {
  n++;
  const id = n;
  let p;
  try {
    p = fn();
  } catch (e) {
    console.log(`#${id} ${label}: sync throw ${e.name} ${e.code} ${JSON.stringify(e.message)}`);
    return;
  }
  console.log(`#${id} ${label}: returns ${Object.prototype.toString.call(p)}`);
  try {
    await p;
    console.log(`#${id} ${label}: resolved`);
  } catch (e) {
    if (e && e.code === 'ERR_ASSERTION') {
      console.log(`#${id} ${label}: ${e.name} generated=${e.generatedMessage} operator=${e.operator}`);
    } else {
      console.log(`#${id} ${label}: rejected ${e && e.name} ${e && e.code}`);
    }
    console.log(JSON.stringify(e && e.message));
  }
}

const rejecting = (err) => () => Promise.reject(err);

(async () => {
  await show('rejects ok', () => assert.rejects(Promise.reject(new Error('x'))));
  await show('rejects fn ok', () => assert.rejects(rejecting(new Error('x'))));
  await show('rejects async fn ok', () => assert.rejects(async () => { throw new Error('x'); }));
  await show('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await show('rejects resolved message', () => assert.rejects(Promise.resolve(1), 'should reject'));
  await show('rejects resolved class', () => assert.rejects(Promise.resolve(1), TypeError));
  await show('rejects resolved class message', () => assert.rejects(async () => {}, TypeError, 'msg'));
  await show('rejects class ok', () => assert.rejects(rejecting(new TypeError('t')), TypeError));
  await show('rejects class mismatch', () => assert.rejects(rejecting(new TypeError('t')), RangeError));
  await show('rejects regexp', () => assert.rejects(rejecting(new Error('abc')), /b/));
  await show('rejects regexp mismatch', () => assert.rejects(rejecting(new Error('abc')), /z/));
  await show('rejects object', () => assert.rejects(rejecting(new Error('abc')), { message: 'abc' }));
  await show('rejects object mismatch', () => assert.rejects(rejecting(new Error('abc')), { message: 'abd', name: 'Error' }));
  await show('rejects validation fn', () => assert.rejects(rejecting(new Error('abc')), (e) => e.message === 'abc'));
  await show('rejects validation fn false', () => assert.rejects(rejecting(new Error('abc')), () => false));
  await show('rejects ambiguous', () => assert.rejects(rejecting(new Error('abc')), 'abc'));
  await show('rejects string message', () => assert.rejects(rejecting(new Error('abc')), 'other'));
  await show('rejects non-promise value', () => assert.rejects(42));
  await show('rejects fn returns non-promise', () => assert.rejects(() => 42));
  await show('rejects fn returns null', () => assert.rejects(() => null));
  await show('rejects fn throws sync', () => assert.rejects(() => { throw new Error('sync'); }));
  await show('rejects thenable with catch', () => assert.rejects({
    then(resolve, reject) { reject(new Error('thenable')); },
    catch() {},
  }, /thenable/));
  await show('rejects thenable without catch', () => assert.rejects({ then() {} }));
  await show('rejects function thenable', () => assert.rejects(Object.assign(() => {}, { then() {}, catch() {} })));
  await show('rejects with non-error', () => assert.rejects(Promise.reject('reason'), /reas/));
  await show('rejects with undefined', () => assert.rejects(Promise.reject(undefined)));
  await show('rejects invalid error arg', () => assert.rejects(rejecting(new Error('x')), 1));
  await show('rejects error message arg', () => assert.rejects(Promise.resolve(), undefined, new Error('mine')));

  await show('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await show('doesNotReject fn ok', () => assert.doesNotReject(async () => 1));
  await show('doesNotReject fail', () => assert.doesNotReject(rejecting(new Error('boom'))));
  await show('doesNotReject fail message', () => assert.doesNotReject(rejecting(new Error('boom')), 'custom'));
  await show('doesNotReject class match', () => assert.doesNotReject(rejecting(new TypeError('boom')), TypeError));
  await show('doesNotReject class mismatch', () => assert.doesNotReject(rejecting(new TypeError('boom')), RangeError));
  await show('doesNotReject regexp', () => assert.doesNotReject(rejecting(new Error('boom')), /oo/));
  await show('doesNotReject non-promise', () => assert.doesNotReject('nope'));
  await show('doesNotReject fn returns non-promise', () => assert.doesNotReject(() => 'nope'));
  await show('doesNotReject fn throws sync', () => assert.doesNotReject(() => { throw new Error('sync'); }));
  await show('doesNotReject object error arg', () => assert.doesNotReject(rejecting(new Error('boom')), { message: 'boom' }));
  await show('doesNotReject string reason', () => assert.doesNotReject(Promise.reject('str')));

  // The order of settlement against other promise jobs.
  const order = [];
  const p = assert.rejects(Promise.reject(new Error('x'))).then(() => order.push('rejects'));
  Promise.resolve().then(() => order.push('a')).then(() => order.push('b')).then(() => order.push('c'));
  await p;
  await new Promise((r) => setTimeout(r, 1));
  console.log(order.join(','));
})();
