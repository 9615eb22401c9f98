'use strict';

// Web globals whose modules have not landed yet (fetch comes with the http
// issue, Web Crypto with crypto):
// they exist, as in Node, and throw ERR_NOT_IMPLEMENTED when used.

const { stubFunction, stubClass } = require('internal/stub');

module.exports = {
  fetch: stubFunction('fetch', 'fetch'),
  Headers: stubClass('Headers', 'Headers'),
  Request: stubClass('Request', 'Request'),
  Response: stubClass('Response', 'Response'),
  FormData: stubClass('FormData', 'FormData'),
  Crypto: stubClass('Crypto', 'Crypto'),
  CryptoKey: stubClass('CryptoKey', 'CryptoKey'),
  SubtleCrypto: stubClass('SubtleCrypto', 'SubtleCrypto'),
};
