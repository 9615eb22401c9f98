'use strict';
// Compare two outputs of tests/inspect/corpus.js entry by entry.
//   node compare.js expected.out actual.out [-v]
// Prints the number of matching entries and lines, per category, and (with -v)
// each differing entry.

const fs = require('fs');

function parse(file) {
  const entries = new Map();
  let current = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^#(\d+) (\S+)\/(.*) (\S+)$/.exec(line);
    if (m) {
      current = { key: `${m[1]} ${m[2]}/${m[3]} ${m[4]}`, category: m[2], lines: [] };
      entries.set(current.key, current);
    } else if (line === '--- console.log') {
      current = { key: 'console.log', category: 'console', lines: [] };
      entries.set(current.key, current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return entries;
}

const [expectedFile, actualFile, flag] = process.argv.slice(2);
const expected = parse(expectedFile);
const actual = parse(actualFile);
const verbose = flag === '-v';

const stats = new Map();
let same = 0;
let total = 0;
let sameLines = 0;
let totalLines = 0;
for (const [key, exp] of expected) {
  const act = actual.get(key);
  const s = stats.get(exp.category) || { same: 0, total: 0 };
  stats.set(exp.category, s);
  total++;
  s.total++;
  totalLines += exp.lines.length;
  const ok = act !== undefined && act.lines.join('\n') === exp.lines.join('\n');
  if (ok) {
    same++;
    s.same++;
    sameLines += exp.lines.length;
  } else {
    if (act !== undefined) {
      for (let i = 0; i < exp.lines.length; i++) if (exp.lines[i] === act.lines[i]) sameLines++;
    }
    if (verbose) {
      console.log(`--- ${key}\n< ${exp.lines.join('\n< ')}\n> ${act ? act.lines.join('\n> ') : '(missing)'}`);
    }
  }
}
for (const [category, s] of stats) console.log(`${category.padEnd(10)} ${s.same}/${s.total}`);
console.log(`entries: ${same}/${total} match; lines: ${sameLines}/${totalLines}`);
process.exitCode = same === total ? 0 : 1;
