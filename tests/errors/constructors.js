'use strict';
// The global error constructors: identity, prototypes, subclassing and errors the engine throws.
const names = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'];
for (const n of names) {
  const C = globalThis[n];
  console.log(n, C.name, C.length, C.prototype.constructor === C, C.prototype.name,
    Object.getPrototypeOf(C) === (n === 'Error' ? Function.prototype : Error),
    Object.getOwnPropertyNames(C).sort().join(), String(C),
    JSON.stringify(Object.getOwnPropertyDescriptor(C, 'prototype')));
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'Error').enumerable);

// Engine-made errors are instances of the globals.
const caught = [];
try { null.x; } catch (e) { caught.push(e); }
try { undefinedVariable; } catch (e) { caught.push(e); }
try { new Array(-1); } catch (e) { caught.push(e); }
try { decodeURIComponent('%'); } catch (e) { caught.push(e); }
try { eval('let let'); } catch (e) { caught.push(e); }
for (const e of caught) {
  console.log(e.name, e instanceof Error, e.constructor === globalThis[e.name], e instanceof globalThis[e.name], Object.prototype.toString.call(e));
}

// Called without new, with options, through Reflect.construct.
const plain = Error('no new');
console.log(plain instanceof Error, plain.message, Object.getPrototypeOf(plain) === Error.prototype);
const withCause = new Error('with cause', { cause: { code: 1 } });
console.log(withCause.cause.code, Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
const agg = new AggregateError([1, 2], 'agg', { cause: 'c' });
console.log(agg.errors.length, agg.message, agg.cause, agg.stack.split('\n')[0]);
class Base {}
const reflected = Reflect.construct(TypeError, ['reflected'], Base);
console.log(reflected instanceof Base, reflected instanceof TypeError, reflected.message);
try { new AggregateError(5); } catch (e) { console.log(e.name); }

// Subclasses: the stack leaves out the constructors' own frames.
class AppError extends Error {
  constructor(message) { super(message); this.name = 'AppError'; }
}
class NotFound extends AppError {}
class WithOwnCtor extends AppError { constructor() { super('own'); this.extra = true; } }
function raise(C, m) { return new C(m); }
for (const C of [AppError, NotFound, WithOwnCtor]) {
  const e = raise(C, 'sub');
  console.log(e.name, e.message, e instanceof C, e instanceof AppError, e instanceof Error,
    e.stack.split('\n')[1].split(__filename).join('FILE'));
}
// The ES5 pattern.
function LegacyError(message) {
  const e = Error.call(this, message);
  this.message = e.message;
  this.stack = e.stack;
}
LegacyError.prototype = Object.create(Error.prototype);
const le = new LegacyError('legacy');
console.log(le instanceof Error, le.stack.split('\n').slice(0, 2).join('|').split(__filename).join('FILE'));
// Error.prototype.toString is unchanged.
console.log(String(new RangeError('r')), Error.prototype.toString.call({ name: 'N', message: 'M' }));
