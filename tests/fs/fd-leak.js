// No descriptor is left open on any error path: the entries of /proc/self/fd (Linux) are
// counted before and after many failing calls in their sync, callback and promise forms.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
fs.writeFileSync(p('file'), 'data');
fs.mkdirSync(p('sub'));
fs.writeFileSync(p('sub', 'inner'), 'x');

const canCount = fs.existsSync('/proc/self/fd');
const count = () => (canCount ? fs.readdirSync('/proc/self/fd').length : 0);

// Each failing operation, with a path to where it fails after opening something.
const failing = [
  ['readFile dir', (cb) => fs.readFile(dir, cb), () => fs.readFileSync(dir), () => fsp.readFile(dir)],
  ['readdir file', (cb) => fs.readdir(p('file'), cb), () => fs.readdirSync(p('file')), () => fsp.readdir(p('file'))],
  ['opendir file', (cb) => fs.opendir(p('file'), cb), () => fs.opendirSync(p('file')), () => fsp.opendir(p('file'))],
  ['copyFile onto dir', (cb) => fs.copyFile(p('file'), p('sub'), cb), () => fs.copyFileSync(p('file'), p('sub')),
    () => fsp.copyFile(p('file'), p('sub'))],
  ['copyFile from dir', (cb) => fs.copyFile(dir, p('x'), cb), () => fs.copyFileSync(dir, p('x')),
    () => fsp.copyFile(dir, p('x'))],
  ['writeFile dir', (cb) => fs.writeFile(dir, 'x', cb), () => fs.writeFileSync(dir, 'x'), () => fsp.writeFile(dir, 'x')],
  ['truncate dir', (cb) => fs.truncate(dir, 0, cb), () => fs.truncateSync(dir), () => fsp.truncate(dir)],
  ['rm dir', (cb) => fs.rm(p('sub'), cb), () => fs.rmSync(p('sub')), () => fsp.rm(p('sub'))],
  ['rm missing', (cb) => fs.rm(p('no'), cb), () => fs.rmSync(p('no')), () => fsp.rm(p('no'))],
  ['mkdtemp missing', (cb) => fs.mkdtemp(p('no', 'x'), cb), () => fs.mkdtempSync(p('no', 'x')),
    () => fsp.mkdtemp(p('no', 'x'))],
  ['open missing', (cb) => fs.open(p('no'), cb), () => fs.openSync(p('no')), () => fsp.open(p('no'))],
  ['readFile fh read-only write', null, null, async () => {
    const fh = await fsp.open(p('file'), 'r');
    try {
      await fh.writeFile('x');
    } finally {
      await fh.close();
    }
  }],
];

// The first round warms up what a runtime opens once and keeps; the count after each call of
// the third round must equal the count after the same call of the second (a leak grows it).
let counts = [];
let before = [];
let round = 0;
let results = [];
let i = 0;
function runNext() {
  if (i === failing.length) {
    if (round++ < 2) {
      i = 0;
      results = [];
      before = counts;
      counts = [];
    } else {
      return finish();
    }
  }
  const [name, cbForm, syncForm, promiseForm] = failing[i++];
  const codes = [];
  if (syncForm) {
    try { syncForm(); codes.push('ok'); } catch (e) { codes.push(e.code); }
  }
  const afterCb = () => {
    promiseForm().then(() => codes.push('ok'), (e) => codes.push(e.code)).then(() => {
      results.push(`${name}: ${codes.join(' ')}`);
      counts.push(count());
      runNext();
    });
  };
  if (cbForm) cbForm((err) => { codes.push(err ? err.code : 'ok'); afterCb(); });
  else afterCb();
}
function finish() {
  for (const r of results) console.log(r);
  console.log('leaked descriptors:', counts.map((n, j) => n - before[j]).join(' '));
  fs.rmSync(dir, { recursive: true });
}
runNext();
