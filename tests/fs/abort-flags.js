// writeFile with an AbortSignal aborted after the call (callback and promise forms: Node opens
// the file, sees the abort before writing and leaves it empty), signal validation, and numeric
// open flags (validated as int32 wherever a flag is taken).
'use strict';
const fs = require('fs'), fsp = require('fs/promises'), path = require('path'), os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const p = (n) => path.join(dir, n);
const show = (l, e, v) => console.log(l, e ? [e.name, e.code, e.message.split(dir).join('<d>')] : 'ok', v);
const contents = (f) => (fs.existsSync(f) ? JSON.stringify(fs.readFileSync(f, 'utf8')) : 'missing');

async function main() {
  await new Promise((resolve) => {
    const ac = new AbortController();
    fs.writeFile(p('cb'), 'hello', { signal: ac.signal }, (e) => { show('cb abort after call', e, contents(p('cb'))); resolve(); });
    ac.abort('why');
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    ac.abort();
    fs.writeFile(p('cb0'), 'hello', { signal: ac.signal }, (e) => { show('cb aborted before', e, contents(p('cb0'))); resolve(); });
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    fs.writeFile(p('cb1'), 'hello', { signal: ac.signal, flush: true }, (e) => { show('cb not aborted', e, contents(p('cb1'))); resolve(); });
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    fs.writeFile(p('no/such'), 'hello', { signal: ac.signal }, (e) => { show('cb missing dir', e); resolve(); });
  });
  {
    const ac = new AbortController();
    const pr = fsp.writeFile(p('pr'), 'hello', { signal: ac.signal });
    ac.abort();
    await pr.then(() => show('promise abort after call', null, contents(p('pr'))),
                  (e) => show('promise abort after call', e, contents(p('pr'))));
  }
  {
    const ac = new AbortController();
    await fsp.writeFile(p('pr1'), Buffer.from('bytes'), { signal: ac.signal, flush: true });
    show('promise not aborted', null, contents(p('pr1')));
    await fsp.appendFile(p('pr1'), '+more', { signal: ac.signal });
    show('promise append', null, contents(p('pr1')));
  }
  await fsp.writeFile(p('x'), 'x', { signal: 1 }).catch((e) => show('promise signal 1', e));
  try { fs.writeFile(p('x'), 'x', { signal: {} }, () => {}); } catch (e) { show('cb signal {}', e); }

  for (const fl of [0, 1.5, 2 ** 32, -1, NaN, '1', 'rs+']) {
    try { fs.closeSync(fs.openSync(p('pr1'), fl)); show('openSync ' + String(fl)); } catch (e) { show('openSync ' + String(fl), e); }
    try { fs.readFileSync(p('pr1'), { flag: fl }); show('readFileSync flag ' + String(fl)); } catch (e) { show('readFileSync flag ' + String(fl), e); }
  }
  await fsp.open(p('pr1'), 1.5).then((fh) => fh.close(), (e) => show('fsp.open 1.5', e));
  try { fs.open(p('pr1'), 2 ** 31, () => {}); } catch (e) { show('open 2**31', e); }
  fs.rmSync(dir, { recursive: true });
}
main();
