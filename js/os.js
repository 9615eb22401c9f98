'use strict';

// os — facts about the operating system, shaped as Node v20's os module reports them.
// internalBinding('os') (bindings/os) asks the OS; this file validates arguments, reads the
// environment variables Node consults (HOME, USERPROFILE, TMPDIR, TMP, TEMP…) from this runtime's
// process.env, shapes the results and turns failures into ERR_SYSTEM_ERROR:
//   A system error occurred: uv_os_getpriority returned ESRCH (no such process)

const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const binding = internalBinding('os');
const isWindows = process.platform === 'win32';

// Node gives its argument-less getters a Symbol.toPrimitive, so `${os.hostname}` reads the value.
function primitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

// A binding call that can fail fills its ctx argument and answers undefined. Node's getters
// that check for that are all called wrappedFn.
function checked(call) {
  return function wrappedFn() {
    const ctx = {};
    const result = call(ctx);
    if (result === undefined) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

const { 0: osType, 1: osVersion, 2: osRelease, 3: osMachine } = checked(binding.getOSInformation)();

// Functions Node implements natively have no prototype: those are methods here.

function arch() {
  return process.arch;
}

const { getAvailableParallelism } = {
  getAvailableParallelism() {
    return binding.getAvailableParallelism();
  },
};

function cpus() {
  return binding.getCPUs() || [];
}

const kEndianness = binding.isBigEndian ? 'BE' : 'LE';
function endianness() {
  return kEndianness;
}

const { getFreeMem } = {
  getFreeMem() {
    return binding.getFreeMem();
  },
};

const { getTotalMem } = {
  getTotalMem() {
    return binding.getTotalMem();
  },
};

// uv_os_homedir: the environment's HOME (USERPROFILE on Windows), even empty, else the user
// database.
const homedir = checked((ctx) => {
  const home = process.env[isWindows ? 'USERPROFILE' : 'HOME'];
  if (home !== undefined) return home;
  return binding.getHomeDirectory(ctx);
});

const hostname = checked((ctx) => binding.getHostname(ctx));

const uptime = checked((ctx) => binding.getUptime(ctx));

function loadavg() {
  return binding.getLoadAvg();
}

function networkInterfaces() {
  const ctx = {};
  const list = binding.getInterfaceAddresses(ctx);
  if (list === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  const result = {};
  for (let i = 0; i < list.length; i += 8) {
    const entry = {
      address: list[i + 1],
      netmask: list[i + 2],
      family: list[i + 3],
      mac: list[i + 4],
      internal: list[i + 5],
      cidr: list[i + 7],
    };
    if (list[i + 6] !== -1) entry.scopeid = list[i + 6];
    const name = list[i];
    const existing = result[name];
    if (existing !== undefined) existing.push(entry);
    else result[name] = [entry];
  }
  return result;
}

function platform() {
  return process.platform;
}

const { getOSRelease } = {
  getOSRelease() {
    return osRelease;
  },
};

const { getOSType } = {
  getOSType() {
    return osType;
  },
};

const { getOSVersion } = {
  getOSVersion() {
    return osVersion;
  },
};

const { getMachine } = {
  getMachine() {
    return osMachine;
  },
};

function tmpdir() {
  const env = process.env;
  if (isWindows) {
    const path = env.TEMP || env.TMP || `${env.SystemRoot || env.windir}\\temp`;
    if (path.length > 1 && path.endsWith('\\') && !path.endsWith(':\\')) return path.slice(0, -1);
    return path;
  }
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

// The encodings Node's ParseEncoding knows (case-insensitively); anything else means utf8.
const kEncodings = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'ascii': 'ascii',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex',
  'buffer': 'buffer',
};

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let encoding = 'utf8';
  if (options !== null) {
    const requested = options.encoding;
    if (typeof requested === 'string') encoding = kEncodings[requested.toLowerCase()] || 'utf8';
  }
  const ctx = {};
  // Other encodings than utf8 start from the bytes.
  const user = binding.getUserInfo(encoding !== 'utf8', ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  if (encoding !== 'utf8') {
    const { Buffer } = require('buffer');
    for (const key of ['username', 'homedir', 'shell']) {
      if (user[key] === null) continue;
      const buf = Buffer.from(user[key]);
      user[key] = encoding === 'buffer' ? buf : buf.toString(encoding);
    }
  }
  return user;
}

for (const fn of [arch, getAvailableParallelism, endianness, getFreeMem, homedir, hostname,
  platform, getOSRelease, tmpdir, getTotalMem, getOSType, uptime, getOSVersion, getMachine]) {
  primitive(fn);
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false, value: binding.constants,
  },
  EOL: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n',
  },
  devNull: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: isWindows ? '\\\\.\\nul' : '/dev/null',
  },
});
