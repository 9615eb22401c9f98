'use strict';
// util.getSystemErrorName / getSystemErrorMap. Pending: they need
// internalBinding('uv') (errname, getErrorMap), which gonode does not have
// yet. Move this file up to tests/inspect/ once it does.
const util = require('util');

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-13));
