'use strict';
// atob on 15,000 pseudo-random strings of base64 characters, '=', whitespace and invalid
// characters: which inputs decode, and which error (invalid character / a character left over).
let seed = 3;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const chars = ['A', '=', 'z', '+', '/', '-', '_', ' ', '\n', '%', 'é', '0', '9', 'f', 'F', '\t', '\f', '\r', '\u0100'];
let hash = 0x811c9dc5;
const counts = { ok: 0 };
for (let i = 0; i < 15000; i++) {
  const n = rnd(11);
  const parts = [];
  for (let j = 0; j < n; j++) parts.push(chars[rnd(chars.length)]);
  const input = parts.join('');
  let result;
  try {
    result = JSON.stringify(atob(input));
    counts.ok++;
  } catch (e) {
    result = `${e.name}: ${e.message}`;
    counts[e.message] = (counts[e.message] || 0) + 1;
  }
  for (let k = 0; k < result.length; k++) {
    hash ^= result.charCodeAt(k);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  if (i < 120) console.log(JSON.stringify(input), '=>', result);
}
console.log(counts, hash.toString(16));
