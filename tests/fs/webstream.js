// FileHandle.readableWebStream: default (ArrayBuffer chunks) and byte (BYOB) streams, the
// handle locked while a stream exists, closed-handle errors, cancel leaves the handle open.
'use strict';
const fsp = require('fs/promises');
(async () => {
  const fh = await fsp.open(__filename);
  const rs = fh.readableWebStream();
  console.log(rs.constructor.name);
  const reader = rs.getReader();
  let total = 0, chunks = 0, type;
  for (;;) { const { value, done } = await reader.read(); if (done) break; total += value.byteLength; chunks++; type = value.constructor.name; }
  console.log(total === require('fs').statSync(__filename).size, chunks, type);
  try { fh.readableWebStream(); } catch (e) { console.log(e.code, e.message); }
  await fh.close();
  try { fh.readableWebStream(); } catch (e) { console.log(e.code, e.message); }
  const fh2 = await fsp.open(__filename);
  const rs2 = fh2.readableWebStream({ type: 'bytes' });
  const r2 = rs2.getReader({ mode: 'byob' });
  const { value } = await r2.read(new Uint8Array(5));
  console.log(value.byteLength, Buffer.from(value).toString());
  await r2.cancel();
  console.log('open after cancel', fh2.fd > 0);
  await fh2.close();
})();
