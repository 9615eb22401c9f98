// An uncaught SyntaxError is reported with the file, line, source and caret.
console.log('before');
require('./fixtures/bad/syntax');
