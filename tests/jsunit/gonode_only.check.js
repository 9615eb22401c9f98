'use strict';

// Checks of what gonode's modules have and Node's do not (so there is nothing to diff against):
// gonode's own error codes and the stubbed EventEmitterAsyncResource. Runs through load.js under
// node --expose-internals; exits non-zero on the first failure.

const assert = require('assert');
const util = require('util');
const { loadOurs } = require('./load');

const errors = loadOurs('internal/errors');
const EventEmitter = loadOurs('events');
const { codes } = errors;

let passed = 0;
function check(name, fn) {
  fn();
  passed++;
  console.log(`ok ${name}`);
}

check('ERR_NOT_IMPLEMENTED', () => {
  const e = new codes.ERR_NOT_IMPLEMENTED('worker_threads');
  assert.strictEqual(e.name, 'Error');
  assert.strictEqual(e.code, 'ERR_NOT_IMPLEMENTED');
  assert.strictEqual(e.message, 'The "worker_threads" feature is not implemented in gonode yet');
  assert.ok(e.stack.startsWith('Error [ERR_NOT_IMPLEMENTED]: The "worker_threads" feature'));
  assert.strictEqual(String(e), 'Error [ERR_NOT_IMPLEMENTED]: The "worker_threads" feature is not implemented in gonode yet');
  assert.ok(e instanceof Error);
  assert.strictEqual(e[errors.kIsNodeError], true);
});

check('EventEmitterAsyncResource is the only stub', () => {
  // The class is there, as in Node (reading it does not throw); constructing one does.
  const C = EventEmitter.EventEmitterAsyncResource;
  assert.strictEqual(typeof C, 'function');
  assert.ok(C.prototype instanceof EventEmitter);
  assert.throws(() => new C(), {
    name: 'Error',
    code: 'ERR_NOT_IMPLEMENTED',
    message: 'The "events.EventEmitterAsyncResource" feature is not implemented in gonode yet',
  });
  const d = Object.getOwnPropertyDescriptor(EventEmitter, 'EventEmitterAsyncResource');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, true);
});

check('ERR_DLOPEN_FAILED is a plain Error with a code', () => {
  // Node: process.dlopen's error for a bad file (compared with Node's real one below).
  const ours = new codes.ERR_DLOPEN_FAILED('/tmp/bad.node: file too short');
  assert.strictEqual(ours.code, 'ERR_DLOPEN_FAILED');
  assert.deepStrictEqual(Object.keys(ours), ['code']);
  assert.strictEqual(String(ours), 'Error: /tmp/bad.node: file too short');
  assert.ok(ours.stack.startsWith('Error: /tmp/bad.node: file too short\n'));
  assert.strictEqual(ours.constructor, Error);
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const file = path.join(os.tmpdir(), `jsunit-bad-${process.pid}.node`);
  fs.writeFileSync(file, 'not an object file\n');
  try {
    process.dlopen({ exports: {} }, file);
    assert.fail('dlopen succeeded');
  } catch (real) {
    const mine = new codes.ERR_DLOPEN_FAILED(real.message);
    assert.strictEqual(mine.code, real.code);
    assert.deepStrictEqual(Object.keys(mine), Object.keys(real));
    assert.strictEqual(String(mine), String(real));
    assert.strictEqual(mine.stack.split('\n')[0], real.stack.split('\n')[0]);
  } finally {
    fs.unlinkSync(file);
  }
});

check('ERR_UNHANDLED_REJECTION matches Node\'s UnhandledPromiseRejection', () => {
  const { execFileSync } = require('child_process');
  const reasons = ['"foo"', '42', '{ a: 1 }', 'undefined', 'null', '[1, 2]', 'new Map()', 'Object.create(null)',
    'function foo(){ return 1 }', 'Symbol("s")', '5n', 'new (class Foo {})()', '({ toString() { return "T"; } })',
    '"a\\"b"', '-0', 'new Date(0)', 'true', '/re/g', '{ constructor: null }'];
  const script = `process.on('uncaughtException', (e) => { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, keys: Object.keys(e), ctor: e.constructor.name, stack0: e.stack.split('\\n')[0] })); });` +
    reasons.map((r) => `Promise.reject(${r});`).join('\n');
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split('\n');
  assert.strictEqual(out.length, reasons.length);
  reasons.forEach((r, i) => {
    // eslint-disable-next-line no-eval
    const value = (0, eval)(`(${r})`);
    const e = new codes.ERR_UNHANDLED_REJECTION(value);
    const mine = { name: e.name, code: e.code, message: e.message, keys: Object.keys(e), ctor: e.constructor.name, stack0: e.stack.split('\n')[0] };
    assert.deepStrictEqual(mine, JSON.parse(out[i]), `reason ${r}`);
  });
});

check('UVException with code and message from the caller (no uv binding)', () => {
  const e = new errors.UVException({ errno: -9999, code: 'EFOO', message: 'foo happened', syscall: 'open', path: 'x' });
  assert.strictEqual(e.message, 'EFOO: foo happened, open \'x\'');
  assert.strictEqual(e.code, 'EFOO');
  assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(errors.uvException({ errno: -2, syscall: 'stat', path: 'p' }).message,
                     "ENOENT: no such file or directory, stat 'p'");
  assert.strictEqual(errors.errnoException(-2, 'read').message, 'read ENOENT');
  assert.strictEqual(errors.exceptionWithHostPort(-111, 'connect', '::1', 8).message, 'connect ECONNREFUSED ::1:8');
  assert.strictEqual(errors.dnsException(-3008, 'getaddrinfo', 'h').message, 'getaddrinfo ENOTFOUND h');
});

check('codes are alphabetical and include gonode\'s own', () => {
  const keys = Object.keys(codes);
  assert.deepStrictEqual(keys, keys.slice().sort());
  for (const k of ['ERR_NOT_IMPLEMENTED', 'ERR_DLOPEN_FAILED', 'ERR_UNHANDLED_REJECTION']) assert.ok(keys.includes(k));
});

check('SystemError inspect shows accessor values', () => {
  const s = new codes.ERR_SYSTEM_ERROR({ code: 'ENOENT', message: 'm', errno: -2, syscall: 'open', path: '/a' });
  assert.match(util.inspect(s), /errno: \[Getter\/Setter: -2\]/);
});

console.log(`${passed} checks passed`);
