// fs.cp edge cases: the filter's calls and its errors, cp's own mode validation (the JS
// validator's messages, unlike copyFile's), copying a link over a link to the same target (Node
// v20 refuses it as a copy into itself, in both forms), and errors' code, errno, syscall, path.
'use strict';
const fs = require('fs'), fsp = require('fs/promises'), path = require('path'), os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (...a) => path.join(d, ...a);
const clean = (s) => String(s).split(d).join('<d>');
const show = (tag, e) => console.log(tag, e ? [e.name, e.code, clean(e.message), e.errno, e.syscall, clean(e.path)] : 'ok');
const tree = (x) => (fs.existsSync(x) ? fs.readdirSync(x, { recursive: true }).sort().join(' ') : 'missing');
fs.mkdirSync(p('src/sub/deep'), { recursive: true });
fs.writeFileSync(p('src/a'), 'a');
fs.writeFileSync(p('src/sub/b'), 'b');
fs.writeFileSync(p('src/sub/deep/c'), 'c');
fs.symlinkSync('a', p('src/la'));
fs.symlinkSync('sub', p('src/ls'));

async function main() {
  const calls = [];
  fs.cpSync(p('src'), p('d1'), { recursive: true, filter: (s, t) => { calls.push(clean(s) + '>' + clean(t)); return !s.endsWith('deep'); } });
  console.log('filter calls', calls.sort().join(' | '));
  console.log('d1', tree(p('d1')));
  try { fs.cpSync(p('src'), p('d2'), { recursive: true, filter: () => { throw new Error('boom'); } }); } catch (e) { show('filter throws', e); }
  try { fs.cpSync(p('src'), p('d3'), { recursive: true, filter: async () => true }); } catch (e) { show('sync async filter', e); }
  await fsp.cp(p('src'), p('d4'), { recursive: true, filter: async (s) => !s.endsWith('a') })
    .then(() => console.log('d4', tree(p('d4'))), (e) => show('promise filter', e));
  await fsp.cp(p('src'), p('d5'), { recursive: true, filter: () => { throw new Error('pboom'); } }).catch((e) => show('promise filter throws', e));
  await fsp.cp(p('src'), p('d6'), { recursive: true, filter: 'x' }).catch((e) => show('filter string', e));
  await fsp.cp(p('src/a'), p('d1/a'), { errorOnExist: true, force: false }).catch((e) => show('errorOnExist', e));
  await fsp.cp(p('src/a'), p('d1/a'), { errorOnExist: true }).then(() => show('errorOnExist with force'));
  await fsp.cp(p('nope'), p('d7')).catch((e) => show('missing src', e));
  await new Promise((r) => fs.cp(p('src'), p('d8'), (e) => { show('cb dir without recursive', e); r(); }));
  for (const mode of [99, -1, 1.5, '1', 8, null]) {
    try { fs.cpSync(p('src/a'), p('m'), { mode }); show('mode ' + mode); } catch (e) { show('mode ' + mode, e); }
  }
  await fsp.cp(p('src/a'), p('m2'), { mode: 9 }).catch((e) => show('promise mode 9', e));

  fs.cpSync(p('src'), p('s1'), { recursive: true });
  try { fs.cpSync(p('src/la'), p('s1/la')); show('sync link over same link'); } catch (e) { show('sync link over same link', e); }
  await fsp.cp(p('src'), p('a1'), { recursive: true });
  await fsp.cp(p('src/la'), p('a1/la')).then(() => show('promise link over same link'), (e) => show('promise link over same link', e));
  await fsp.cp(p('src/ls'), p('a1/ls')).then(() => show('promise dir link again'), (e) => show('promise dir link again', e));
  fs.symlinkSync('sub/b', p('src/lb'));
  fs.symlinkSync(p('src/a'), p('a1/lb'));
  await fsp.cp(p('src/lb'), p('a1/lb')).then(() => show('promise link over other link'), (e) => show('promise link over other link', e));
  console.log('replaced', clean(fs.readlinkSync(p('a1/lb'))));
  fs.rmSync(d, { recursive: true });
}
main();
