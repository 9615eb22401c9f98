// fs.cp, fs.cpSync and fs/promises cp: files, directory trees, links, filter, force,
// errorOnExist, dereference, and Node's refusals (SystemError with info).
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...parts) => path.join(dir, ...parts);
const clean = (s) => String(s).split(dir).join('<d>');
fs.mkdirSync(p('src', 'sub'), { recursive: true });
fs.writeFileSync(p('src', 'a'), 'a');
fs.writeFileSync(p('src', 'sub', 'b'), 'b');
fs.symlinkSync('a', p('src', 'link'));
fs.writeFileSync(p('file'), 'f');
const tree = (d) => fs.readdirSync(d, { recursive: true }).sort().join(' ');
const show = (label, e) => console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.message),
  e.info ? clean(JSON.stringify(e.info)) : '-');

function syncForm() {
  const t = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { show(label, e); } };
  t('dir without recursive', () => fs.cpSync(p('src'), p('d1')));
  t('into itself', () => fs.cpSync(p('src'), p('src', 'sub', 'x'), { recursive: true }));
  t('same', () => fs.cpSync(p('src'), p('src'), { recursive: true }));
  t('dir onto file', () => fs.cpSync(p('src'), p('file'), { recursive: true }));
  t('file onto dir', () => fs.cpSync(p('file'), p('src'), { recursive: true }));
  t('missing', () => fs.cpSync(p('missing'), p('x')));
  t('tree', () => fs.cpSync(p('src'), p('d2'), { recursive: true }));
  console.log(tree(p('d2')), clean(fs.readlinkSync(p('d2', 'link'))));
  t('errorOnExist', () => fs.cpSync(p('file'), p('d2', 'a'), { errorOnExist: true, force: false }));
  t('no force', () => fs.cpSync(p('file'), p('d2', 'a'), { force: false }));
  console.log(fs.readFileSync(p('d2', 'a'), 'utf8'));
  t('force', () => fs.cpSync(p('file'), p('d2', 'a')));
  console.log(fs.readFileSync(p('d2', 'a'), 'utf8'));
  t('filter', () => fs.cpSync(p('src'), p('d3'), { recursive: true, filter: (s) => !s.endsWith('sub') }));
  console.log(tree(p('d3')));
  t('promise filter', () => fs.cpSync(p('src'), p('d4'), { recursive: true, filter: () => Promise.resolve(true) }));
  t('dereference', () => fs.cpSync(p('src'), p('d5'), { recursive: true, dereference: true }));
  console.log(fs.lstatSync(p('d5', 'link')).isSymbolicLink());
  t('file into new dirs', () => fs.cpSync(p('file'), p('new', 'deep', 'f')));
  console.log(fs.readFileSync(p('new', 'deep', 'f'), 'utf8'));
  t('bad option', () => fs.cpSync(p('file'), p('y'), { force: 'yes' }));
  t('bad filter', () => fs.cpSync(p('file'), p('y'), { filter: 1 }));
}

async function promiseForm() {
  const t = async (label, fn) => { try { await fn(); console.log(label, 'ok'); } catch (e) { show(label, e); } };
  await t('p dir without recursive', () => fsp.cp(p('src'), p('e1')));
  await t('p tree', () => fsp.cp(p('src'), p('e2'), { recursive: true }));
  console.log(tree(p('e2')));
  await t('p async filter', () => fsp.cp(p('src'), p('e3'), {
    recursive: true, filter: async (s) => !s.endsWith('a'),
  }));
  console.log(tree(p('e3')));
  await t('p errorOnExist', () => fsp.cp(p('file'), p('e2', 'a'), { errorOnExist: true, force: false }));
  await t('p into itself', () => fsp.cp(p('src'), p('src', 'x'), { recursive: true }));
}

syncForm();
promiseForm().then(() => {
  fs.cp(p('src'), p('f1'), { recursive: true }, (err) => {
    console.log('callback', err, tree(p('f1')));
    fs.cp(p('missing'), p('f2'), (err) => {
      console.log('callback missing', err.code, err.syscall);
      fs.rmSync(dir, { recursive: true });
      console.log('done');
    });
  });
});
