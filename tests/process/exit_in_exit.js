// process.exit inside an 'exit' listener overrides the code; no second 'exit' event.
let n = 0;
process.on('exit', (code) => {
  console.log('exit listener', ++n, code);
  process.exit(9);
});
process.exitCode = 2;
