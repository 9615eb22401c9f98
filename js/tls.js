'use strict';

// tls — a stub until gonode has TLS: Node's default settings are real, the classes exist
// (TLSSocket is a net.Socket, Server a net.Server), every function throws ERR_NOT_IMPLEMENTED.

const { define, fns, getter } = require('internal/stub');
const { SecureContext, createSecureContext } = require('_tls_common');
const { TLSSocket, Server, createServer, connect } = require('_tls_wrap');

module.exports = define('tls', {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: require('crypto').constants.defaultCipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  ...fns('getCiphers'),
  rootCertificates: getter, // Node's bundled CA list is not in gonode yet
  ...fns('convertALPNProtocols checkServerIdentity'),
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  ...fns('createSecurePair'),
});
