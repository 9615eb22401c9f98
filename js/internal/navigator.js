'use strict';

// navigator: the Navigator object Node 21 added, which the core-library issue asks for (Node
// v20 has none). The globals are non-enumerable here so that globalThis's keys stay Node v20's.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// platformName follows Node: the OS as browsers name it, with the CPU for Linux and FreeBSD.
function platformName() {
  const arch = process.arch;
  switch (process.platform) {
    case 'darwin':
      return 'MacIntel';
    case 'win32':
      return 'Win32';
    case 'linux':
      if (arch === 'x64') return 'Linux x86_64';
      if (arch === 'ia32') return 'Linux i686';
      return `Linux ${arch}`;
    case 'freebsd':
      if (arch === 'x64') return 'FreeBSD amd64';
      if (arch === 'ia32') return 'FreeBSD i386';
      return `FreeBSD ${arch}`;
    default:
      return `${process.platform} ${arch}`;
  }
}

class Navigator {
  #concurrency;
  #platform;

  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    if (this.#concurrency === undefined) this.#concurrency = require('os').availableParallelism();
    return this.#concurrency;
  }

  // Without Intl there is no default locale to ask; this is what Node reports for en-US.
  get language() { return 'en-US'; }

  get languages() { return [this.language]; }

  get userAgent() { return `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`; }

  get platform() {
    if (this.#platform === undefined) this.#platform = platformName();
    return this.#platform;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { enumerable: true });
}
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });

module.exports = { Navigator, navigator: new Navigator(kConstruct) };
