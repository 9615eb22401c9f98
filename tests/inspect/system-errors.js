'use strict';
// util.getSystemErrorName / getSystemErrorMap (internalBinding('uv')).
const util = require('util');

console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-13));
