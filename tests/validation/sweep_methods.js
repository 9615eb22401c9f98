'use strict';
// A sweep of the methods: every prototype method of the issue-4 classes, called on a new
// instance with one wrong value as first argument, then as second after 'a'. (Ports and
// channels are in globals.js; Node v20 aborts on some Blob#slice bounds, so slice is in
// buffer.js.)
const { show } = require('./fixtures/check');
const util = require('util');
const { EventEmitter } = require('events');
const { StringDecoder } = require('string_decoder');
function brief(r) {
  if (r !== null && typeof r === 'object' && typeof r.then === 'function') { r.then(() => {}, () => {}); return 'a promise'; }
  return typeof r === 'object' && r !== null ? Object.prototype.toString.call(r) : r;
}
const vals = () => [undefined, null, true, 0, -1, 1.5, NaN, 10n, '', 'abc', Symbol('s'), {}, [], [1], () => {}];
const makers = {
  EventEmitter: () => new EventEmitter(),
  EventTarget: () => new EventTarget(),
  Event: () => new Event('x'),
  CustomEvent: () => new CustomEvent('x'),
  AbortController: () => new AbortController(),
  AbortSignal: () => new AbortController().signal,
  URL: () => new URL('http://u:p@h:1/p?q=1#f'),
  URLSearchParams: () => new URLSearchParams('a=1&b=2'),
  TextEncoder: () => new TextEncoder(),
  TextDecoder: () => new TextDecoder(),
  StringDecoder: () => new StringDecoder('utf8'),
  Blob: () => new Blob(['abc']),
  File: () => new File(['abc'], 'f'),
  MIMEType: () => new util.MIMEType('text/plain;a=b'),
  MIMEParams: () => new util.MIMEType('text/plain;a=b').params,
  DOMException: () => new DOMException('m', 'AbortError'),
  Performance: () => performance,
};
// (Blob#stream is web streams' (another issue); emit('error', v) throws v.)
const skipMethods = new Set(['Blob.stream', 'EventEmitter.emit', 'Performance.now']);
for (const [name, make] of Object.entries(makers)) {
  const proto = Object.getPrototypeOf(make());
  for (const k of Object.getOwnPropertyNames(proto).sort()) {
    if (k === 'constructor' || skipMethods.has(`${name}.${k}`)) continue;
    const d = Object.getOwnPropertyDescriptor(proto, k);
    if (typeof d.value !== 'function') continue;
    for (const v of vals()) {
      if (name === 'Blob' && k === 'slice') continue;
      // (gonode takes dispatchEvent(undefined) for a missing argument: see events.js.)
      if (k === 'dispatchEvent' && v === undefined) continue;
      for (const args of [[v], ['a', v]]) {
        show(`${name}#${k}(${args.length === 2 ? "'a', " : ''}v)`, () => {
          return brief(make()[k](...args));
        });
      }
    }
  }
}
