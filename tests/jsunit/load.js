'use strict';

// A node shim that runs gonode's built-in modules (js/*.js) under Node itself, so that their
// behaviour can be compared with Node's own modules before the gonode runtime exists.
//
//   const { impl, mode } = require('./load');
//   const events = impl('events');            // ours, or Node's with JSUNIT_MODE=node
//   const errors = impl('internal/errors');   // needs `node --expose-internals` in node mode
//
// Each js/ file is wrapped the way gonode's host wraps it,
// `(function (exports, require, module, internalBinding) { ... })`, and compiled with
// vm.runInThisContext. Its `require` resolves:
//   - 'internal/x' to js/internal/x.js when that file is one of ours under test (kOurs), else to
//     Node's own internal module (run node with --expose-internals);
//   - 'internal/util/inspect' to Node's util (inspect, format), standing in for gonode's module;
//   - any other name ('path', 'buffer', ...) to Node's own module.
// internalBinding(name) is Node's process.binding(name) (uv, constants).

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const jsRoot = path.resolve(__dirname, '..', '..', 'js');
const mode = process.env.JSUNIT_MODE === 'node' ? 'node' : 'ours';

// The modules this shim loads from js/; everything else comes from Node.
const kOurs = new Set(['events', 'internal/errors', 'internal/validators', 'internal/fixed_queue']);

const cache = new Map();

function internalBinding(name) {
  // process.binding warns once (DEP0111) for some names; the tests ignore warnings of that kind.
  return process.binding(name);
}

function nodeRequire(id) {
  if (id === 'internal/util/inspect') return require('util');
  return require(id);
}

function makeRequire() {
  return function gonodeRequire(id) {
    if (typeof id !== 'string') throw new TypeError('require id must be a string');
    const name = id.startsWith('node:') ? id.slice(5) : id;
    if (kOurs.has(name)) return loadOurs(name);
    return nodeRequire(name);
  };
}

function loadOurs(name) {
  const cached = cache.get(name);
  if (cached !== undefined) return cached.exports;
  const filename = path.join(jsRoot, `${name}.js`);
  const source = fs.readFileSync(filename, 'utf8');
  const wrapper = `(function (exports, require, module, internalBinding) {${source}\n})`;
  const fn = vm.runInThisContext(wrapper, { filename });
  const module = { exports: {}, id: name, filename };
  cache.set(name, module);
  fn.call(module.exports, module.exports, makeRequire(), module, internalBinding);
  return module.exports;
}

// impl(name): our module, or Node's own when JSUNIT_MODE=node.
function impl(name) {
  if (mode === 'node') return require(name);
  return loadOurs(name);
}

module.exports = { impl, loadOurs, mode, jsRoot };
