'use strict';
// MIMEParams' iterators are generators, as in Node (they see entries added after they were made).
const util = require('util');
const p = new util.MIMEType('text/plain;a=b;c=d').params;
for (const m of ['entries', 'keys', 'values', Symbol.iterator]) {
  const it = p[m]();
  console.log(String(m), Object.prototype.toString.call(it), util.inspect(it), [...it], p[m].name, p[m].length);
}
console.log(p[Symbol.iterator] === p.entries, util.inspect(p));
const g = p.entries(); p.set('e', 'f'); console.log([...g]);
