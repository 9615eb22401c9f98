// emitWarning: 'warning' event and the stderr line.
process.on('warning', (w) => console.log('event:', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('custom type', 'CustomWarning', 'X001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT', detail: 'more detail' });
const e = new Error('an error object');
e.name = 'ObjWarning';
process.emitWarning(e);
console.log('sync done');
