'use strict';
// The deprecation warning honours process.noDeprecation.

process.noDeprecation = true;
process.on('warning', (w) => console.log('warning event', w.name));
console.log(Buffer(2).length);
setTimeout(() => console.log('done'), 1);
