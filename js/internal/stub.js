'use strict';

// internal/stub — placeholders for the parts of Node's API that gonode does not have yet.
//
// A stub module keeps Node's shape, so code that merely loads it, reads its constants or
// subclasses its classes works, while every call into missing behaviour throws
// ERR_NOT_IMPLEMENTED naming the feature:
//   The "http.request" feature is not implemented in gonode yet
// Nothing is a silent no-op. A module is declared as a spec whose keys keep Node's order:
//
//   const { define, fn, cls, fns } = require('internal/stub');
//   module.exports = define('http', {
//     METHODS,                      // any other value is exported as it is
//     Agent: cls(EventEmitter),     // a constructor that throws; inherits EventEmitter
//     request: fn,                  // a function that throws
//     ...fns('get createServer'),   // several of them
//   });

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

// fn marks a spec entry as a function that throws.
const fn = Symbol('stub function');
// getter marks an accessor property whose read throws (for lazily computed values).
const getter = Symbol('stub getter');

class ClassSpec {
  constructor(Base, statics, proto) {
    this.Base = Base;
    this.statics = statics;
    this.proto = proto;
  }
}

// cls(Base, statics, proto) marks a spec entry as a constructor that throws. Base (optional) is
// the class it inherits from, statics and proto (optional) are specs of its static members and
// of its prototype's members.
function cls(Base = null, statics = undefined, proto = undefined) {
  return new ClassSpec(Base, statics, proto);
}

// fns('a b c') is the spec { a: fn, b: fn, c: fn }.
function fns(names) {
  const spec = {};
  for (const name of names.split(/\s+/)) {
    if (name !== '') spec[name] = fn;
  }
  return spec;
}

// notImplemented(feature) throws; for partly real modules written by hand.
function notImplemented(feature) {
  throw new ERR_NOT_IMPLEMENTED(feature);
}

// The stubs below throw directly (not through notImplemented) so that the top frame of the
// error's stack is the stubbed function itself.

// stubFunction(feature, name) is a function called `name` that throws for `feature`.
function stubFunction(feature, name) {
  // A method definition takes its name from the key and is not a constructor, like most of
  // Node's API functions.
  return { [name]() { throw new ERR_NOT_IMPLEMENTED(feature); } }[name];
}

// stubClass(feature, name, Base, statics, proto) is a constructor called `name` that throws
// whether it is called with `new`, through `super()` or the old-style `Base.call(this)`. A plain
// function (not a class) so that the last form reports ERR_NOT_IMPLEMENTED too.
function stubClass(feature, name, Base = null, statics = undefined, proto = undefined) {
  const C = { [name]: function() { throw new ERR_NOT_IMPLEMENTED(feature); } }[name];
  if (Base !== null) {
    Object.setPrototypeOf(C, Base);
    Object.setPrototypeOf(C.prototype, Base.prototype);
  }
  if (statics !== undefined) define(feature, statics, C);
  if (proto !== undefined) {
    define(`${feature}.prototype`, proto, C.prototype);
    // Class methods are not enumerable.
    for (const key of Object.keys(proto)) {
      Object.defineProperty(C.prototype, key, { __proto__: null, enumerable: false });
    }
  }
  return C;
}

// define(prefix, spec, target) fills target (a new object by default) from spec: `fn` and
// `cls(...)` entries become stubs whose feature is `${prefix}.${key}`, `getter` entries become
// throwing accessors, and every other value is copied as it is.
function define(prefix, spec, target = {}) {
  for (const key of Object.keys(spec)) {
    const value = spec[key];
    const feature = `${prefix}.${key}`;
    if (value === fn) {
      target[key] = stubFunction(feature, key);
    } else if (value === getter) {
      Object.defineProperty(target, key, {
        __proto__: null,
        get: stubFunction(feature, key),
        enumerable: true,
        configurable: true,
      });
    } else if (value instanceof ClassSpec) {
      target[key] = stubClass(feature, key, value.Base, value.statics, value.proto);
    } else {
      target[key] = value;
    }
  }
  return target;
}

// constants(values, proto) copies values into a new object as read-only, non-configurable
// properties, the way Node defines its constant tables (proto null for the tables that Node
// creates without a prototype).
function constants(values, proto = Object.prototype) {
  const target = Object.create(proto);
  for (const key of Object.keys(values)) {
    Object.defineProperty(target, key, {
      __proto__: null, value: values[key], writable: false, enumerable: true, configurable: false,
    });
  }
  return target;
}

module.exports = {
  cls,
  constants,
  define,
  fn,
  fns,
  getter,
  notImplemented,
  stubClass,
  stubFunction,
};
