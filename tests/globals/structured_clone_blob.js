'use strict';
// structuredClone of Blobs: an object that inherits from a Blob is an ordinary object; a File
// comes back as a Blob; a Blob in the transfer list is allowed (cloned).
const util = require('util');
const b = new Blob(['ab'], { type: 'x/y' });
const o = { __proto__: b, own: 1 };
console.log(util.inspect(structuredClone(o)), util.inspect(structuredClone(new File(['x'], 'f'))));
try { structuredClone(1, { transfer: [o] }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(util.inspect(structuredClone(1, { transfer: [b] })));
class MyBlob extends Blob {}
console.log(util.inspect(structuredClone(new MyBlob(['abc']))));
