// process properties that do not depend on the machine.
console.log(typeof process.pid, typeof process.ppid, process.pid > 0);
console.log(process.argv.length >= 2, process.argv[1].endsWith('properties.js'));
console.log(Array.isArray(process.execArgv), typeof process.execPath);
console.log(process.version.startsWith('v20.'), typeof process.versions.node);
console.log(process.platform, process.arch === 'x64' || process.arch === 'arm64');
console.log(process.release.name, Object.prototype.toString.call(process));
console.log(typeof process.hrtime(), process.hrtime().length, typeof process.hrtime.bigint());
const t = process.hrtime();
const d = process.hrtime(t);
console.log(d[0] >= 0 && d[1] >= 0);
console.log(typeof process.uptime(), process.uptime() >= 0);
const mu = process.memoryUsage();
console.log(Object.keys(mu).join(','), mu.rss > 0, typeof process.memoryUsage.rss());
const cu = process.cpuUsage();
console.log(Object.keys(cu).join(','), cu.user >= 0);
console.log(typeof process.umask(), process.cwd() === __dirname);
console.log(typeof process.getuid(), typeof process.getgid());
console.log(process.env.TZ, typeof process.env.PATH);
process.env.GONODE_TEST = 42;
console.log(process.env.GONODE_TEST, typeof process.env.GONODE_TEST);
delete process.env.GONODE_TEST;
console.log(process.env.GONODE_TEST, 'GONODE_TEST' in process.env);
console.log(process.exitCode);
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code); }
console.log(process.kill(process.pid, 0));
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code); }
console.log(typeof process.emitWarning, typeof process.nextTick, process.title.length > 0);
