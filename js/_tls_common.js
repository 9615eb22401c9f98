'use strict';

// _tls_common — Node's internal TLS helpers, still public; a stub until gonode has TLS.

const { cls, define, fns } = require('internal/stub');

module.exports = define('tls', {
  SecureContext: cls(),
  ...fns('createSecureContext translatePeerCertificate'),
});
