'use strict';
// err.stack in V8's format: "    at name (file:line:column)" for the user's frames, with V8's
// names for methods, constructors, builtins and anonymous functions. (Frames of Node's own
// modules differ between runtimes, so only this file's frames are printed.)
const FILE = __filename;
function userFrames(err, n = 3) {
  return err.stack.split('\n').slice(0, n + 1)
    .filter((l, i) => i === 0 || l.includes(FILE) || l.includes('<anonymous>'))
    .join('\n').split(FILE).join('FILE');
}
const show = (label, err, n) => console.log(`-- ${label}\n${userFrames(err, n)}`);

const topLevel = new Error('line one column'); show('top level', topLevel, 1);
function named() { return new Error('named'); }
show('function', named());
const arrow = () => new Error('arrow');
show('arrow', arrow());
show('anonymous', (function () { return new Error('anon'); })());
class Point {
  constructor() { this.err = new Error('ctor'); }
  method() { return new Error('method'); }
  static create() { return new Error('static'); }
  get prop() { return new Error('getter'); }
}
show('constructor', new Point().err);
show('method', new Point().method());
show('static', Point.create());
show('getter', new Point().prop);
function Legacy() { this.err = new Error('legacy'); }
show('new function', new Legacy().err);
const obj = {
  shorthand() { return new Error('shorthand'); },
  alias: function realName() { return new Error('alias'); },
};
show('object method', obj.shorthand());
show('aliased', obj.alias());
show('Array.map', [1].map(function () { return new Error('map'); })[0]);
show('JSON.parse reviver', (() => {
  let e;
  JSON.parse('[1]', function (k, v) { if (k === '0') e = new Error('reviver'); return v; });
  return e;
})());
show('no new', TypeError('called'));
show('RangeError', new RangeError('range'));
show('multi-line message', new Error('one\ntwo'), 3);
function deep(n) { return n === 0 ? new Error('deep') : deep(n - 1); }
console.log(deep(20).stack.split('\n').length);
show('name and message changed before first read', (() => {
  const e = new Error('before'); e.name = 'Custom'; e.message = 'after'; return e;
})(), 1);
const empty = new Error(); empty.name = '';
console.log(JSON.stringify(empty.stack.split('\n')[0]));
show('AggregateError', new AggregateError([new Error('inner')], 'many'), 1);
