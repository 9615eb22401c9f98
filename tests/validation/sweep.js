'use strict';
// A sweep: every function of the issue-4 modules (and every Buffer method) called with one wrong
// value as first argument, then as second after 'a' (or 0). os (values change between runs) and
// the functions that print or warn are left to the other scripts. goja's BigInt primitives
// have a length of 0, so querystring.unescapeBuffer(10n) is not tried.
// path.resolve reads the working directory (win32 paths show it with backslashes, which the
// test runner cannot normalise): a fixed one keeps the output the same in any checkout.
process.cwd = () => '/fixed/cwd';
const { show } = require('./fixtures/check');

// A returned promise is reported by type; its rejection is not left unhandled.
function brief(r) {
  if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
    r.then(() => {}, () => {});
    return 'a promise';
  }
  return typeof r === 'object' && r !== null ? Object.prototype.toString.call(r) : r;
}
const vals = () => [undefined, null, true, 0, -1, 1.5, NaN, 10n, '', 'abc', Symbol('s'), {}, [], [1], () => {}, Buffer.from('ab')];
const mods = { events: require('events'), buffer: require('buffer'), util: require('util'), path: require('path'),
  url: require('url'), querystring: require('querystring'), string_decoder: require('string_decoder'), assert: require('assert'),
  'util.types': require('util').types, 'path.win32': require('path').win32, Buffer: Buffer };
const skip = new Set(['events.setMaxListeners', 'util.log', 'util.debug', 'util.debuglog', 'events.EventEmitterAsyncResource', 'util.deprecate', 'util._extend', 'util.inspect', 'util.format', 'util.formatWithOptions',
  'buffer.Buffer', 'buffer.SlowBuffer', 'Buffer.allocUnsafe', 'Buffer.allocUnsafeSlow', 'buffer.kMaxLength']);
for (const [mname, mod] of Object.entries(mods)) {
  for (const k of Object.keys(mod).sort()) {
    const name = `${mname}.${k}`;
    if (skip.has(name)) continue;
    let fn;
    try { fn = mod[k]; } catch { continue; }
    if (typeof fn !== 'function') continue;
    const isClass = /^[A-Z]/.test(k);
    const call = (...a) => (isClass ? new fn(...a) : fn(...a));
    for (const v of vals()) {
      if (name === 'querystring.unescapeBuffer' && typeof v === 'bigint') continue;
      show(`${name}(${typeof v === 'symbol' ? 'sym' : typeof v === 'bigint' ? '10n' : JSON.stringify(v) ?? String(v)})`, () => { return brief(call(v)); });
      show(`${name}("a", v)`, () => { return brief(call('a', v)); });
    }
  }
}
const b = Buffer.from('abcdefgh');
for (const k of Object.getOwnPropertyNames(Buffer.prototype).sort()) {
  if (k === 'constructor' || k === 'parent' || k === 'offset') continue;
  const fn = Buffer.prototype[k];
  if (typeof fn !== 'function') continue;
  for (const v of vals()) {
    show(`buf.${k}(v)`, () => { return brief(fn.call(Buffer.from(b), v)); });
    show(`buf.${k}(0, v)`, () => { return brief(fn.call(Buffer.from(b), 0, v)); });
  }
}
