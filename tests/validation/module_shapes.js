'use strict';
// The shape of each issue-4 module and web global: keys, typeof, function length, whether a
// function has a prototype, getters and enumerability (async_hooks and stdio parts excluded).
const mods = ['events', 'buffer', 'util', 'util/types', 'path', 'path/posix', 'path/win32', 'assert', 'assert/strict', 'url', 'querystring', 'string_decoder', 'os', 'console'];
function describe(obj, name, depth) {
  const keys = Reflect.ownKeys(obj).filter((k) => typeof k === 'string').sort();
  const out = [];
  for (const k of keys) {
    if (k === 'EventEmitterAsyncResource' || k === '_stdout' || k === '_stderr') continue; // async_hooks; stdio streams (other issues)
    // util.getCallSites is a Node 22 API that gonode adds, non-enumerable (Node v20 has none):
    // host/callsites_test.go checks it.
    if (name === 'util' && k === 'getCallSites') continue;
    if (['caller', 'arguments', 'prototype', 'length', 'name'].includes(k) && typeof obj === 'function') continue;
    let v;
    const d = Object.getOwnPropertyDescriptor(obj, k);
    try { v = obj[k]; } catch (e) { out.push(`${name}.${k}: throws ${e.code}`); continue; }
    let t = typeof v;
    if (t === 'function') t += `/${v.length}` + (v.prototype && Object.getOwnPropertyNames(v.prototype).length > 1 ? ' class' : '');
    out.push(`${name}.${k}: ${t}${d.get ? ' (getter)' : ''}${d.enumerable ? '' : ' (non-enum)'}`);
    if (typeof v === 'function' && v.prototype && depth > 0) {
      const pk = Reflect.ownKeys(v.prototype).filter((k) => typeof k === 'string').sort();
      out.push(`  ${name}.${k}.prototype: ${pk.join(',')}`);
    }
    if (v && typeof v === 'object' && depth > 0 && !Array.isArray(v) && k !== 'constants' && k !== 'errno' && k !== 'signals') out.push(...describe(v, `${name}.${k}`, depth - 1));
  }
  return out;
}
for (const m of mods) {
  const mod = require(m);
  console.log(`== ${m}: ${typeof mod}`);
  console.log(describe(mod, m, 1).join('\n'));
}
const g = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'structuredClone', 'performance', 'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel', 'atob', 'btoa', 'Blob', 'File', 'TextEncoder', 'TextDecoder', 'DOMException', 'URL', 'URLSearchParams', 'queueMicrotask']; // navigator: Node 21's, checked by host/navigator_test.go
for (const n of g) {
  const v = globalThis[n];
  console.log(`== global ${n}: ${typeof v}`);
  if (v) {
    console.log(describe(v, n, 1).join('\n'));
    if (v.prototype) console.log(`${n}.prototype own: ${Reflect.ownKeys(v.prototype).filter((k) => typeof k === 'string').sort().join(',')}`);
  }
}
