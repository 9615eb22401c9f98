// Every builtin name resolves; node: prefix; the module builtin.
const Module = require('module');
console.log(Module.builtinModules.length > 60, Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('nope'));
console.log(require('node:events') === require('events'), require('process') === process);
console.log(require.resolve('events'), require.resolve('node:events'));
console.log(typeof Module.wrap, Module.wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module._extensions['.js'], typeof Module._nodeModulePaths);
console.log(Module._nodeModulePaths('/a/b/node_modules/c'));
console.log(Module.Module === Module, typeof Module.createRequire);
let failed = [];
for (const name of Module.builtinModules) {
  try {
    require(name);
  } catch (e) {
    failed.push(name + ':' + e.code);
  }
}
console.log('builtins that failed to load:', failed.length === 0 ? 'none' : failed.join(' '));
try { require('node:sea'); console.log('sea ok'); } catch (e) { console.log('sea', e.code); }
