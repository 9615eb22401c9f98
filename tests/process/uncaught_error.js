// An uncaught error: 'exit' runs with 1, then Node's report on stderr.
process.on('exit', (c) => console.log('exit', c));
function fail() {
  throw new TypeError('bad thing');
}
console.log('start');
fail();
