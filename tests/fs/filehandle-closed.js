// FileHandle methods after close: each rejects with EBADF 'file closed' and the syscall named as
// Node names it (readFile and writeFile included); createReadStream/createWriteStream throw
// for the closed descriptor; a second close resolves.
'use strict';
const fs = require('fs'), fsp = require('fs/promises'), path = require('path'), os = require('os');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));
const f = path.join(d, 'a');
fs.writeFileSync(f, 'hello world');
const show = (l, e) => console.log(l, e ? [e.name, e.code, e.message, e.syscall] : 'ok');
(async () => {
  const fh = await fsp.open(f, 'r+');
  console.log(await fh.readFile('utf8'));
  await fh.writeFile('new', { flush: true });
  await fh.appendFile('++');
  console.log(fs.readFileSync(f, 'utf8'));
  await fh.close();
  for (const m of ['read', 'write', 'stat', 'truncate', 'readFile', 'writeFile', 'appendFile', 'chmod', 'chown', 'sync', 'datasync', 'utimes', 'readv', 'writev']) {
    const arg = m === 'write' || m === 'writeFile' || m === 'appendFile' ? 'x' : m === 'chmod' ? 0o644 : m === 'readv' || m === 'writev' ? [Buffer.alloc(1)] : undefined;
    try { await fh[m](arg, 1); show(m); } catch (e) { show(m, e); }
  }
  try { fh.createReadStream(); show('createReadStream'); } catch (e) { show('createReadStream', e); }
  try { fh.createWriteStream(); show('createWriteStream'); } catch (e) { show('createWriteStream', e); }
  await fh.close().then(() => show('close again'), (e) => show('close again', e));
  fs.rmSync(d, { recursive: true });
})();
