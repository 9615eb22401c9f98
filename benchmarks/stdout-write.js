'use strict';
// stdout-write: 100,000 process.stdout.write calls of a 28-byte line (mode `write`, the default)
// or 100,000 console.log('hello world %d', i) calls (mode `log`), with stdout a pipe or a file.
// Prints one JSON line (wall and CPU ms) to stderr; runs unchanged under node. Usage:
//   gonode benchmarks/stdout-write.js [write|log] | cat >/dev/null     (a pipe)
//   gonode benchmarks/stdout-write.js [write|log] >/tmp/out             (a file)
const N = 100000;
const mode = process.argv[2] || 'write';
const line = 'hello world, this is a line\n';
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
if (mode === 'write') {
  for (let i = 0; i < N; i++) process.stdout.write(line);
} else {
  for (let i = 0; i < N; i++) console.log('hello world %d', i);
}
const c1 = process.cpuUsage(c0);
process.stderr.write(JSON.stringify({ bench: 'stdout-' + mode, ops: N,
  ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e3) / 1000,
  cpuMs: Math.round((c1.user + c1.system) / 100) / 10 }) + '\n');
