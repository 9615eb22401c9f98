'use strict';
// DEP0005: Buffer() and new Buffer() warn once, and not when called from
// inside node_modules.

const old = require('./fixtures/node_modules/oldmod');
process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));

console.log(old(2).length); // from node_modules: no warning
console.log(Buffer(3).length);
console.log(new Buffer('abc').toString());
console.log(Buffer.from('x').length);
setTimeout(() => console.log('done'), 1);
