'use strict';

// dns — a stub until gonode has a resolver: the getaddrinfo flags and the error code strings are
// real, the Resolver class exists, every function and method throws ERR_NOT_IMPLEMENTED.

const { cls, define, fns } = require('internal/stub');

// getaddrinfo hint flags, from the platform's <netdb.h>.
const flags = process.platform === 'darwin' ?
  { ADDRCONFIG: 1024, ALL: 256, V4MAPPED: 2048 } :
  { ADDRCONFIG: 32, ALL: 16, V4MAPPED: 8 };

// The `code` of DNS errors (shared with dns/promises).
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

const resolveFns = 'resolve resolve4 resolve6 resolveAny resolveCaa resolveCname resolveMx ' +
  'resolveNaptr resolveNs resolvePtr resolveSoa resolveSrv resolveTxt reverse';

// A Resolver's methods: the queries plus the server and cancellation controls.
const resolverMethods = fns(`${resolveFns} cancel getServers setServers setLocalAddress`);

const dns = define('dns', {
  ...fns('lookup lookupService'),
  Resolver: cls(null, undefined, resolverMethods),
  ...fns('getDefaultResultOrder setDefaultResultOrder setServers'),
  ...flags,
  ...errorCodes,
  ...fns(`getServers ${resolveFns}`),
});

// A getter, as in Node, so that dns/promises (which reads the codes here) can load first.
Object.defineProperty(dns, 'promises', {
  __proto__: null,
  get() { return require('dns/promises'); },
  enumerable: true,
  configurable: true,
});

module.exports = dns;
