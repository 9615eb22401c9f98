'use strict';

// dns/promises — a stub until gonode has a resolver: the error code strings are real (the same
// as dns's), the Resolver class exists, every function and method throws ERR_NOT_IMPLEMENTED.

const dns = require('dns');
const { cls, define, fns } = require('internal/stub');

// dns's string-valued exports (read as data: dns.promises is a getter that leads back here).
const errorCodes = {};
for (const name of Object.keys(dns)) {
  const { value } = Object.getOwnPropertyDescriptor(dns, name);
  if (typeof value === 'string') errorCodes[name] = value;
}

const resolveFns = 'resolve resolve4 resolve6 resolveAny resolveCaa resolveCname resolveMx ' +
  'resolveNaptr resolveNs resolvePtr resolveSoa resolveSrv resolveTxt reverse';

module.exports = define('dns.promises', {
  ...fns('lookup lookupService'),
  Resolver: cls(null, undefined,
    fns(`${resolveFns} cancel getServers setServers setLocalAddress`)),
  ...fns('getDefaultResultOrder setDefaultResultOrder setServers'),
  ...errorCodes,
  ...fns(`getServers ${resolveFns}`),
});
