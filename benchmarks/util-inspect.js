'use strict';
// util-inspect: util.inspect of an object tree of 10,000 nodes (unlimited depth);
// 5 rounds, the median printed as one JSON line (runs unchanged under node).
const util = require('util');
const ROUNDS = 5;
const median = (a) => { const s = a.slice().sort((x, y) => x - y); return s[s.length >> 1]; };
let nodes = 0;
function tree(depth) {
  nodes++;
  const o = { id: nodes, name: `node-${nodes}`, tags: ['a', 'b'], ok: nodes % 2 === 0 };
  if (depth > 0) o.children = [tree(depth - 1), tree(depth - 1), tree(depth - 1)];
  return o;
}
const root = { list: [] };
while (nodes < 10000) root.list.push(tree(4));
const times = [];
let len = 0;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = process.hrtime.bigint();
  len = util.inspect(root, { depth: Infinity, maxArrayLength: Infinity }).length;
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(JSON.stringify({ bench: 'util-inspect', nodes, rounds: ROUNDS, ms: Math.round(median(times) * 1000) / 1000, chars: len }));
