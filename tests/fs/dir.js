// fs.opendir / fs.Dir: read in batches, sync and callback and promise forms, async iteration,
// closing twice, reading after close, and bad options.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
for (const n of ['a', 'b', 'c', 'd', 'e']) fs.writeFileSync(p(n), n);
fs.mkdirSync(p('sub'));
fs.writeFileSync(p('sub', 'z'), 'z');
const clean = (s) => String(s).split(dir).join('<d>');

const d = fs.opendirSync(dir, { bufferSize: 2 });
console.log(d.constructor.name, clean(d.path), d instanceof fs.Dir);
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push(`${ent.name}:${ent.isFile()}:${clean(ent.parentPath)}`);
console.log(names.sort().join(' '));
d.closeSync();
try { d.closeSync(); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.readSync(); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.opendirSync(dir, { bufferSize: 0 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { fs.opendirSync(p('nope')); } catch (e) { console.log(e.name, e.code, e.syscall, clean(e.message), e.path); }

fs.opendir(dir, (err, d2) => {
  const got = [];
  const step = () => d2.read((err, e) => {
    if (e === null) {
      console.log('callback', err, got.sort().join(' '));
      d2.close((err) => {
        console.log('closed', err);
        d2.close((err) => {
          console.log('close again', err.code);
          viaPromises();
        });
      });
      return;
    }
    got.push(e.name);
    step();
  });
  step();
});

async function viaPromises() {
  const d3 = await fsp.opendir(dir);
  const got = [];
  for await (const e of d3) got.push(e.name);
  console.log('for await', got.sort().join(' '));
  await d3.close().catch((e) => console.log('closed by iteration', e.code));
  const d4 = await fsp.opendir(dir, { recursive: true });
  const all = [];
  for await (const e of d4) all.push(path.relative(dir, path.join(e.parentPath, e.name)));
  console.log('recursive', all.sort().join(' '));
  const d5 = await fsp.opendir(dir);
  const first = await d5.read();
  console.log('promise read', typeof first.name);
  await d5.close();
  await fsp.opendir(p('nope')).catch((e) => console.log('promise missing', e.code, e.syscall));
  fs.rmSync(dir, { recursive: true });
}
