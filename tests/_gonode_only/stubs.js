// gonode only (Node implements all of this): every stubbed function, method, accessor and
// constructor of the built-in modules throws ERR_NOT_IMPLEMENTED naming the feature, even when
// a class is called the old way (`Base.call(this)`) or through a subclass's super(). Nothing is
// a silent no-op. Run by hand: gonode tests/_gonode_only/stubs.js (prints "ok" and exits 0).
'use strict';

const EventEmitter = require('events');

// Modules (or members) that are real in gonode, not stubs.
const realModules = new Set(['diagnostics_channel', 'module', 'constants', 'tty']);
const realMembers = new Set(['node:sea.isSea', 'net.isIP', 'net.isIPv4', 'net.isIPv6']);
// `promises` getters (fs, dns, stream) return the promise modules, which are walked too.
const isModuleGetter = (key) => key === 'promises';

const stubModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_wrap', '_tls_common', '_tls_wrap',
  'async_hooks', 'child_process', 'cluster', 'crypto', 'dgram', 'dns',
  'dns/promises', 'domain', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'net', 'punycode', 'repl',
  'tls', 'trace_events', 'v8', 'vm', 'wasi',
  'zlib', 'node:sea', 'node:test', 'node:test/reporters',
];

const failures = [];
let checked = 0;

// expectStub(path, fn) runs fn and records a failure unless it throws ERR_NOT_IMPLEMENTED
// whose message names a feature.
function expectStub(path, fn) {
  checked++;
  try {
    fn();
  } catch (err) {
    if (err && err.code === 'ERR_NOT_IMPLEMENTED' && err instanceof Error &&
        /^The "[^"]+" feature is not implemented in gonode yet$/.test(err.message)) {
      return;
    }
    failures.push(`${path}: threw ${err && err.code} ${err && err.message}`);
    return;
  }
  failures.push(`${path}: did not throw`);
}

const seen = new Set();
// Engine and EventEmitter members are real; the walk does not enter them.
const inherited = new Set([Object.prototype, Function.prototype, Array.prototype,
                           RegExp.prototype, Symbol.prototype, EventEmitter.prototype,
                           EventEmitter, Error, Error.prototype, SyntaxError,
                           SyntaxError.prototype, Uint8Array, Uint8Array.prototype,
                           Object.getPrototypeOf(Uint8Array),
                           Object.getPrototypeOf(Uint8Array.prototype)]);
// The stream classes are real too (http and net classes inherit from them).
for (const name of ['Stream', 'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  const C = require('stream')[name];
  inherited.add(C);
  inherited.add(C.prototype);
}
// net.Socket's stream half is real (tty streams, stdio pipes); only connect is a stub.
inherited.add(require('net').Socket);
inherited.add(require('net').Socket.prototype);
// readline is real: repl.REPLServer's walk stops at its Interface (and the classes it extends).
for (let c = require('readline').Interface; c !== EventEmitter; c = Object.getPrototypeOf(c)) {
  inherited.add(c);
  inherited.add(c.prototype);
}

// A stub class throws when called, constructed, or reached through super() or Base.call().
function checkCallable(path, fn) {
  expectStub(`${path}()`, () => fn());
  if (typeof fn.prototype === 'object' && fn.prototype !== null) {
    expectStub(`new ${path}()`, () => new fn());
    expectStub(`${path}.call(this)`, () => fn.call(Object.create(fn.prototype)));
    expectStub(`class extends ${path}`, () => new (class extends fn {})());
  }
}

const skippedKeys = new Set(['length', 'name', 'prototype', 'constructor', 'caller', 'arguments']);

// Walks a value's own (and, for objects made from a stub prototype, inherited) members.
function walk(path, value, depth) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  if (seen.has(value) || inherited.has(value) || depth > 3) return;
  if (Array.isArray(value) || value instanceof RegExp) return; // data
  seen.add(value);
  const holders = [value];
  for (let p = Object.getPrototypeOf(value); p !== null && !inherited.has(p);
    p = Object.getPrototypeOf(p)) {
    holders.push(p);
  }
  for (const holder of holders) {
    for (const key of Object.getOwnPropertyNames(holder)) {
      if (skippedKeys.has(key)) continue;
      const member = `${path}.${key}`;
      if (realMembers.has(member)) continue;
      const desc = Object.getOwnPropertyDescriptor(holder, key);
      if (desc.get !== undefined && !isModuleGetter(key)) {
        expectStub(member, () => value[key]);
        continue;
      }
      const v = desc.get !== undefined ? value[key] : desc.value;
      if (typeof v === 'function') {
        if (inherited.has(v)) continue;
        checkCallable(member, v);
        walk(member, v, depth + 1);
        if (typeof v.prototype === 'object') walk(`${member}.prototype`, v.prototype, depth + 1);
      } else if (typeof v === 'object') {
        walk(member, v, depth + 1);
      }
    }
  }
}

for (const name of stubModules) {
  const m = require(name);
  if (typeof m === 'function') checkCallable(name, m);
  walk(name, m, 0);
}

// Spot checks of the message text.
try {
  require('http').request('http://example.com');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  new (require('zlib').Gzip)();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  require('crypto').webcrypto.subtle.digest('SHA-256', new Uint8Array(1));
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  require('tls').rootCertificates;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  require('http').globalAgent.destroy();
} catch (err) {
  console.log(err.name, err.code, err.message);
}

// stream/web is real except the zlib-backed classes.
expectStub('stream/web.CompressionStream', () => new (require('stream/web').CompressionStream)('gzip'));
expectStub('DecompressionStream', () => new DecompressionStream('gzip'));

// Real parts are not stubs.
console.log('real', require('node:sea').isSea(), typeof require('diagnostics_channel').channel('x'),
            require('os').EOL === '\n', require('cluster').isPrimary);

console.log(`checked ${checked} stubbed members`);
if (failures.length > 0) {
  console.log(`${failures.length} FAILURES:\n${failures.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('ok');
}
