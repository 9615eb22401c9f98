// CommonJS basics: module object, cycles, JSON, directories, caching.
const path = require('path');
console.log(module.id, path.basename(module.filename), module.loaded, module.parent, module.children.length);
console.log(require.main === module, typeof require.resolve, typeof require.cache);
require('./fixtures/cycle/a');
const data = require('./fixtures/data.json');
console.log(data.name, data.list.length, require('./fixtures/data') === data);
console.log(require('./fixtures/dir-index'));
console.log(require('./fixtures/dir-index/'));
const key = require.resolve('./fixtures/data.json');
console.log(path.relative(__dirname, key), require.cache[key].loaded);
delete require.cache[key];
console.log(require('./fixtures/data.json') !== data);
console.log(module.children.map((m) => path.relative(__dirname, m.id)).join(','));
console.log(typeof exports, exports === module.exports, this === module.exports);
console.log(path.relative(__dirname, __filename), __dirname === path.dirname(__filename));
