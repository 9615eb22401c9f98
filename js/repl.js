'use strict';

// repl — the module (gonode's own REPL is in the command, not here): REPLServer is a
// readline.Interface, Recoverable a SyntaxError; both constructors and every function throw
// ERR_NOT_IMPLEMENTED.

const { Interface } = require('readline');
const { builtinModules } = require('internal/modules/cjs/loader');
const { cls, define, fns } = require('internal/stub');

module.exports = define('repl', {
  ...fns('start writer'),
  REPLServer: cls(Interface),
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable: cls(SyntaxError),
  ...fns('isValidSyntax'),
  builtinModules: builtinModules.filter((name) => !name.startsWith('_')),
});
