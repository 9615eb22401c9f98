'use strict';
// pipeline with generator sources and stages: the generator's finally runs when the destination
// fails or is destroyed, a throwing stage destroys the source, arrays with promises as sources.
const { pipeline, Writable, Readable, PassThrough } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
(async () => {
  function* gen() { try { for (let i = 0; i < 5; i++) { log('yield', i); yield String(i); } } finally { log('gen finally'); } }
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log('write', String(c)); if (String(c) === '1') cb(new Error('wfail')); else cb(); } });
  try { await sp.pipeline(gen, w); } catch (e) { log('p1', e.message); }
  async function* agen() { try { for (let i = 0; i < 5; i++) { log('ayield', i); yield String(i); } } finally { log('agen finally'); } }
  const w2 = new Writable({ write(c, e, cb) { log('write2', String(c)); if (String(c) === '2') this.destroy(); cb(); } });
  try { await sp.pipeline(agen(), w2); } catch (e) { log('p2', e.code, e.message); }
  // generator stage throws, source destroyed
  const src = new Readable({ read() {} }); src.push('a'); src.push('b');
  src.on('close', () => log('src close', src.destroyed));
  try { await sp.pipeline(src, async function* (s) { for await (const c of s) { throw new Error('stage'); } }, new PassThrough()); } catch (e) { log('p3', e.message); }
  // sync generator stage with return value as last
  const v = await sp.pipeline(['a', 'b'], async function (s) { const o = []; for await (const c of s) o.push(c); return o.join('+'); });
  log('p4', v);
  // array source to writable
  await sp.pipeline(['x', Promise.resolve('y')], new Writable({ objectMode: true, write(c, e, cb) { log('w4', c); cb(); } }));
  // pipeline returns last stream
  const last = new PassThrough();
  const ret = pipeline(Readable.from(['q']), last, () => log('cb p6'));
  log('returns last', ret === last);
  last.resume();
})();
