'use strict';
// util.getSystemErrorName and util.getSystemErrorMap: libuv's error names and messages, which
// os.constants.errno numbers map to (negated), and Node's errors for bad input.
const util = require('util');
const os = require('os');

for (const err of [-2, -13, -98, -3008, -4095, -4094, -8, -4079, -99999, -(2 ** 31)]) {
  console.log(err, util.getSystemErrorName(err));
}

for (const err of [1, 0, -0, -1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), '1', '-2', undefined, null, -2n, {}, [-2]]) {
  try {
    console.log('accepted', util.getSystemErrorName(err));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map !== util.getSystemErrorMap());
console.log(map.get(-2), map.get(-4095), map.get(-3008), map.get(-8), map.get(2));
// Every entry is errno → [name, message], and getSystemErrorName agrees with it.
let agree = true;
for (const [errno, [name, message]] of map) {
  if (!Number.isInteger(errno) || errno >= 0 || typeof message !== 'string') agree = false;
  if (util.getSystemErrorName(errno) !== name) agree = false;
}
console.log('consistent', agree);
// The names, in libuv's order.
console.log([...map.values()].map(([name]) => name).join(' '));
// The OS errno numbers os.constants publishes are the same codes, negated.
const { errno } = os.constants;
const mismatched = Object.keys(errno).filter((name) => {
  const entry = map.get(-errno[name]);
  return entry !== undefined && entry[0] !== name && !(name === 'EWOULDBLOCK' || name === 'EOPNOTSUPP' || name === 'EDEADLOCK');
});
console.log('os.constants.errno mismatches', mismatched.join(' ') || 'none');
// The map is the caller's to change.
map.clear();
console.log(util.getSystemErrorMap().size > 0);
