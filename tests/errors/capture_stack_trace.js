'use strict';
// Error.captureStackTrace(obj, constructorOpt).
const FILE = __filename;
const first = (s, n = 1) => s.split('\n').slice(0, n + 1).join('\n').split(FILE).join('FILE');

const o = {};
Error.captureStackTrace(o);
console.log(first(o.stack));
const d = Object.getOwnPropertyDescriptor(o, 'stack');
console.log(typeof d.value, d.enumerable, Object.keys(o).length);

const named = { name: 'Named', message: 'msg' };
Error.captureStackTrace(named);
named.message = 'changed before read';
console.log(first(named.stack, 0));
const onlyName = { name: 'OnlyName' };
Error.captureStackTrace(onlyName);
console.log(first(onlyName.stack, 0));
const withToString = { toString() { return 'ignored'; } };
Error.captureStackTrace(withToString);
console.log(first(withToString.stack, 0));

function outer() { return middle(); }
function middle() { return inner(); }
function inner() { const x = {}; Error.captureStackTrace(x, middle); return x.stack; }
console.log(first(outer(), 2));

const arrowFn = () => { const x = {}; Error.captureStackTrace(x, arrowFn); return x.stack; };
console.log(first(arrowFn()));

function notCalled() {}
const absent = {};
Error.captureStackTrace(absent, notCalled);
console.log(JSON.stringify(absent.stack));

for (const bad of [1, 'str', null, undefined, true]) {
  try {
    Error.captureStackTrace(bad);
    console.log('accepted', bad);
  } catch (err) {
    console.log(String(bad), err.name, err.message);
  }
}
try {
  Error.captureStackTrace(Object.freeze({}));
} catch (err) {
  console.log(err.name, err.message);
}

// The depd/http-errors pattern: an error class hiding its own constructor frame.
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
    Error.captureStackTrace(this, HttpError);
  }
}
function handler() { return new HttpError(404, 'not found'); }
const he = handler();
console.log(first(he.stack, 2), he.status, he instanceof HttpError);

// Reassigning and re-capturing.
const err = new Error('recapture');
function again() { Error.captureStackTrace(err); }
again();
console.log(first(err.stack));
const fn = function () {};
Error.captureStackTrace(fn);
console.log(typeof fn.stack, first(fn.stack, 0));
console.log(Error.captureStackTrace.name, Error.captureStackTrace.length);
