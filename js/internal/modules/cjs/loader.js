'use strict';

// The CommonJS loader: Node's Module class and require(). Resolution and
// compilation are done in Go (internalBinding('modules')); the shape of
// Module — _load, _resolveFilename, _extensions, _cache, wrap — is Node's, so
// tools that patch it (proxyquire, ts-node, …) keep working.

const host = internalBinding('host');
const mb = internalBinding('modules');

// Node v20's require('module').builtinModules.
const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
// Only loadable with the node: prefix.
const schemeOnlyBuiltins = new Set(['node:sea', 'node:test', 'node:test/reporters']);
const builtinSet = new Set(builtinModules);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    return builtinSet.has(id.slice(5)) || schemeOnlyBuiltins.has(id);
  }
  return builtinSet.has(id);
}

const nativeModuleCache = new Map();

// loadBuiltin returns a built-in's exports, or an embedder's native Go module.
function loadBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (nativeModuleCache.has(id)) return nativeModuleCache.get(id).exports;
  if (host.nativeModules().includes(id)) {
    const mod = { exports: {} };
    nativeModuleCache.set(id, mod);
    host.loadNativeModule(id, mod);
    return mod.exports;
  }
  return require(id);
}

function dirname(p) {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function resolvePath(cwd, p) {
  if (p.startsWith('/')) return normalize(p);
  return normalize(cwd + '/' + p);
}

function normalize(p) {
  const out = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

const moduleParentCache = new WeakMap();
mb.setBuiltins(builtinModules);

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Object.defineProperty(Module.prototype, 'parent', {
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
  configurable: true,
  enumerable: false,
});

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = Object.freeze(builtinModules.slice());
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = resolvePath(host.cwd(), from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir || '') + '/node_modules');
  }
  if (paths[paths.length - 1] !== '/node_modules') paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = (parent && parent.paths && parent.paths.length) ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    if (!parent || !parent.paths) paths = Module._nodeModulePaths(host.cwd()).concat(Module.globalPaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [dirname(parent.filename)];
};

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request) || host.nativeModules().includes(request)) return request;
  let paths = null;
  if (typeof options === 'object' && options !== null && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) {
      const { codes } = requireInternal('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
    paths = options.paths.map(String);
  }
  syncExtensions();
  let filename;
  try {
    filename = mb.resolve(request, parent ? parent.filename : null, parent ? parent.id : null,
      parent && Array.isArray(parent.paths) ? parent.paths : null, paths, !!isMain);
  } catch (err) {
    if (err && err.__requireStack) {
      delete err.__requireStack;
      const stack = requireStack(parent);
      if (stack.length > 0) err.message += '\nRequire stack:\n- ' + stack.join('\n- ');
      err.requireStack = stack;
    }
    throw err;
  } finally {
    for (const w of mb.takeWarnings()) process.emitWarning(w.message, w.type, w.code);
  }
  return filename;
};

// The resolver probes the keys of Module._extensions, which user code may
// extend (require.extensions['.ts'] = ...): tell Go when they change.
let knownExtensions = '.js,.json,.node';
function syncExtensions() {
  const keys = Object.keys(Module._extensions);
  const joined = keys.join(',');
  if (joined !== knownExtensions) {
    knownExtensions = joined;
    mb.setExtensions(keys);
  }
}

Module._load = function _load(request, parent, isMain) {
  if (typeof request === 'string' && request.startsWith('node:')) {
    if (!isBuiltin(request)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.exports;
  }
  if (isBuiltin(filename) || host.nativeModules().includes(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        const i = children ? children.indexOf(module) : -1;
        if (i !== -1) children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = filename.slice(filename.lastIndexOf('/') + 1);
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirname(filename));
  const ext = findLongestRegisteredExtension(filename);
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes } = requireInternal('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = requireInternal('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

const requireInternal = require;

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = requireInternal('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  resolve.paths = function paths(request) {
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.prototype._compile = function _compile(content, filename) {
  const compiled = mb.compileFunction(filename, content);
  const require = makeRequireFunction(this);
  return Reflect.apply(compiled, this.exports, [this.exports, require, this, filename, dirname(filename)]);
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(mb.readFile(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  const content = mb.readFile(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + (mb.jsonErrorMessage(content) || err.message);
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: native addons are not supported by gonode`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.createRequire = function createRequire(filename) {
  let path = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    path = decodeURIComponent(new URL(filename.href).pathname);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    path = decodeURIComponent(filename.slice(filename.startsWith('file://') ? 7 : 5));
  }
  if (typeof path !== 'string' || !path.startsWith('/')) {
    const { codes } = requireInternal('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const proxyPath = path.endsWith('/') ? path + 'noop.js' : path;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  const filename = Module._resolveFilename(resolvePath(host.cwd(), main), null, true);
  Module._load(filename, null, true);
};

// runEval runs -e / -p code as a script with the CommonJS names in scope.
function runEval(name, source, print) {
  const module = new Module(name);
  module.filename = resolvePath(host.cwd(), name);
  module.paths = Module._nodeModulePaths(host.cwd());
  const require = makeRequireFunction(module);
  const g = globalThis;
  const names = { module, exports: module.exports, require, __filename: name, __dirname: '.' };
  for (const key of Object.keys(names)) {
    Object.defineProperty(g, key, { value: names[key], writable: true, configurable: true, enumerable: false });
  }
  const result = mb.runScript(name, source);
  if (print) {
    const { log } = require('console');
    log(result);
  }
  return result;
}

function preload(requests) {
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(host.cwd());
  parent.filename = resolvePath(host.cwd(), 'internal/preload');
  for (const request of requests) Module._load(request, parent, false);
}

module.exports = { Module, runEval, preload, loadBuiltin, isBuiltin, builtinModules };
