'use strict';
// util.parseEnv on 10,000 pseudo-random inputs made of the characters its parser cares about:
// a hash (FNV-1a) of every result, and the first 150 inputs with their results in full.
const util = require('util');

let seed = 777;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const alphabet = [' ', ' ', '\n', '=', 'A', 'B', '=', ' ', '\n', '\r', '"', "'", '`', '#', '\\', 'n', 'export ', '\t',
                  'é', ':', '.', '-', '$', '{'];
let hash = 0x811c9dc5;
function mix(str) {
  for (let i = 0; i < str.length; i++) {
    hash ^= str.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
}
let nonEmpty = 0;
for (let i = 0; i < 10000; i++) {
  const len = rnd(40);
  const parts = [];
  for (let j = 0; j < len; j++) parts.push(alphabet[rnd(alphabet.length)]);
  const input = parts.join('');
  const result = JSON.stringify(util.parseEnv(input));
  if (result !== '{}') nonEmpty++;
  mix(result);
  mix('\n');
  if (i < 150) console.log(JSON.stringify(input), '=>', result);
}
console.log('non-empty results:', nonEmpty, 'hash:', hash.toString(16));
