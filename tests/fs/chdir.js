// Relative paths follow process.chdir (gonode keeps the working directory per runtime).
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const start = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
process.chdir(dir);
fs.writeFileSync('rel.txt', 'relative');
fs.mkdirSync('sub/deeper', { recursive: true });
console.log(fs.readFileSync('rel.txt', 'utf8'), fs.readdirSync('.').sort().join());
console.log(fs.existsSync('./sub/deeper'), fs.statSync('sub').isDirectory());
console.log(fs.mkdirSync('a/b', { recursive: true }), /^t-.{6}$/.test(fs.mkdtempSync('t-')));
console.log(path.relative(dir, fs.realpathSync('sub/../rel.txt')), path.relative(fs.realpathSync(dir), fs.realpathSync.native('rel.txt')));
try { fs.readFileSync('missing.txt'); } catch (e) { console.log(e.message, e.path); }
process.chdir('sub');
fs.renameSync('../rel.txt', 'moved.txt');
console.log(fs.readdirSync('.').sort().join(), fs.readdirSync('..').filter((n) => !n.startsWith('t-')).sort().join());
fs.readFile('moved.txt', 'utf8', (err, d) => {
  console.log('callback', err, d);
  fs.promises.readFile('moved.txt', 'utf8').then((d) => {
    console.log('promise', d);
    const rs = fs.createReadStream('moved.txt', 'utf8');
    rs.on('data', (c) => console.log('stream', c));
    rs.on('close', () => {
      process.chdir(start);
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    });
  });
});
