'use strict';
// WeakMap and WeakSet: <items unknown> by default; with showHidden their live
// entries, sorted (they have no order).
const util = require('util');
const k1 = { a: 1 };
const k2 = [2];
const k3 = function f() {};
const wm = new WeakMap([[k1, 'one'], [k2, { two: 2 }], [k3, undefined]]);
const ws = new WeakSet([k1, k2, k3]);
console.log(util.inspect(wm, { showHidden: true }));
console.log(util.inspect(ws, { showHidden: true }));
console.log(util.inspect(new WeakMap(), { showHidden: true }), util.inspect(Object.assign(new WeakSet(), { x: 1 }), { showHidden: true }));
console.log(util.inspect({ nested: ws }, { showHidden: true, depth: 0 }));
console.log(util.inspect(wm, { showHidden: true, sorted: true }));
console.log(wm, ws, [wm]);
wm.delete(k1);
ws.delete(k2);
console.log(util.inspect([wm, ws], { showHidden: true, breakLength: Infinity }));
