'use strict';

// The process object's properties and methods (the parts that need no
// streams): ids, argv and env, clocks, resource usage, exit, warnings, signals.

const host = internalBinding('host');
const pm = internalBinding('process_methods');

function lazyErrors() {
  return require('internal/errors').codes;
}

function setup(process) {
  const argv = host.argv.slice();
  Object.assign(process, {
    title: 'gonode',
    version: host.nodeVersion,
    versions: {
      node: host.nodeVersion.slice(1),
      gonode: host.gonodeVersion,
      go: host.goVersion.replace(/^go/, ''),
      goja: '0.0.0',
      uv: '1.46.0',
      modules: '115',
    },
    arch: host.arch,
    platform: host.platform,
    release: {
      name: 'node',
      lts: 'Iron',
      sourceUrl: '',
      headersUrl: '',
    },
    argv,
    execArgv: host.execArgv.slice(),
    argv0: host.argv0,
    execPath: host.execPath,
    env: host.env,
    pid: pm.pid,
    ppid: pm.ppid,
    debugPort: 9229,
    features: {
      inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
      tls_ocsp: false, tls: false, cached_builtins: true, typescript: false,
    },
    config: { target_defaults: {}, variables: { node_shared: false, node_use_openssl: false, v8_enable_i18n_support: 0 } },
    moduleLoadList: [],
    allowedNodeEnvironmentFlags: new Set(),
    _exiting: false,
    _events: process._events,
  });

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) {
          throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('code', 'integer', code);
        }
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });

  process.cwd = function cwd() { return host.cwd(); };
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
    }
    host.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return pm.umask();
    if (typeof mask === 'string') mask = parseInt(mask, 8);
    return pm.umask(mask);
  };
  process.uptime = function uptime() { return pm.uptime(); };

  function hrtime(time) {
    const now = BigInt(pm.hrtimeBigInt());
    let sec = Number(now / 1000000000n);
    let nsec = Number(now % 1000000000n);
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('time', 'Array', time);
      if (time.length !== 2) throw new (lazyErrors().ERR_OUT_OF_RANGE)('time', 2, time.length);
      sec -= time[0];
      nsec -= time[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() { return BigInt(pm.hrtimeBigInt()); };
  process.hrtime = hrtime;

  function memoryUsage() { return pm.memoryUsage(); }
  memoryUsage.rss = function rss() { return pm.rss(); };
  process.memoryUsage = memoryUsage;
  process.cpuUsage = function cpuUsage(prev) {
    const cur = pm.cpuUsage();
    if (prev) return { user: cur.user - prev.user, system: cur.system - prev.system };
    return cur;
  };
  process.resourceUsage = function resourceUsage() { return pm.resourceUsage(); };

  const ids = pm.ids();
  process.getuid = () => ids.uid;
  process.geteuid = () => ids.euid;
  process.getgid = () => ids.gid;
  process.getegid = () => ids.egid;
  process.getgroups = () => pm.groups();

  const signals = pm.signals;
  process.kill = function kill(pid, sig = 'SIGTERM') {
    if (pid != (pid | 0)) throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
    let num;
    if (typeof sig === 'number') num = sig;
    else if (typeof sig === 'string' && signals[sig] !== undefined) num = signals[sig];
    else throw new (lazyErrors().ERR_UNKNOWN_SIGNAL)(sig);
    const err = pm.kill(pid, num);
    if (err) {
      const e = new Error(err === -3 ? 'kill ESRCH' : err === -1 ? 'kill EPERM' : `kill ${err}`);
      e.errno = err;
      e.code = err === -3 ? 'ESRCH' : err === -1 ? 'EPERM' : 'UNKNOWN';
      e.syscall = 'kill';
      throw e;
    }
    return true;
  };

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    if (stdioModule !== undefined) stdioModule.flushStdio();
    host.reallyExit(process.exitCode || 0);
  };
  process.reallyExit = function reallyExit(code) { host.reallyExit(code | 0); };
  process.abort = function abort() { host.reallyExit(134); };

  process.emitWarning = emitWarning;
  process.binding = function binding(name) {
    throw new (lazyErrors().ERR_NOT_IMPLEMENTED || Error)(`process.binding('${name}')`);
  };

  // The legacy way to start reading stdin.
  process.openStdin = function() {
    process.stdin.resume();
    return process.stdin;
  };
  // stdout, stdin and stderr are made on first access, by what their fd is
  // (internal/bootstrap/switches/is_main_thread, loaded then: a script that
  // never touches them does not compile it).
  defineStdio(process, 'stdout', function getStdout() { return stdio().stdioGetters(process).stdout(); });
  defineStdio(process, 'stdin', function getStdin() { return stdio().stdioGetters(process).stdin(); });
  defineStdio(process, 'stderr', function getStderr() { return stdio().stdioGetters(process).stderr(); });
}

let stdioModule;
function stdio() {
  stdioModule ??= require('internal/bootstrap/switches/is_main_thread');
  return stdioModule;
}

function defineStdio(process, name, get) {
  Object.defineProperty(process, name, { __proto__: null, configurable: true, enumerable: true, get });
}

const warnedOnce = new Set();

// emitWarning follows Node: 'warning' event, printed as "(node:PID) Type: message".
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation || host.options.noDeprecation) return;
    if (process.throwDeprecation || host.options.throwDeprecation) throw warning;
  }
  process.nextTick(() => {
    process.emit('warning', warning);
    if (host.options.noWarnings || process.noProcessWarnings) return;
    printWarning(warning);
  });
}

function printWarning(warning) {
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (host.options.traceWarnings || process.traceProcessWarnings) {
    msg += warning.stack;
  } else {
    msg += `${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!warnedOnce.has('trace-hint') && !host.options.traceWarnings) {
    warnedOnce.add('trace-hint');
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${process.release.name} ${flag} ...\` to show where the warning was created)`;
  }
  process.stderr.write(msg + '\n');
}

module.exports = { setup, emitWarning };
