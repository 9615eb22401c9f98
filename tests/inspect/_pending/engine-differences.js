'use strict';
// util.inspect output that differs under gonode because of the engine, not
// of inspect: the own-property order and extras of builtins (showHidden),
// and goja giving async methods Function.prototype instead of
// AsyncFunction.prototype.
const util = require('util');
const show = (v) => console.log(util.inspect(v, { showHidden: true }));

show(Math);
show(JSON);
show(Reflect);
show(Map);
show(Object);
show(({ async am() {} }).am);
show(Function.prototype);
show([Symbol.prototype, Number.prototype, String.prototype, Boolean.prototype, Date.prototype, RegExp.prototype, Array.prototype, Object.prototype, Error.prototype, Map.prototype, Promise.prototype]);
show([Error, TypeError, Object, Math.max, Symbol, Promise, Array, Map, Date, RegExp, JSON.parse, BigInt]);
