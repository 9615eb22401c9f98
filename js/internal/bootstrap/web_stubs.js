'use strict';

// Web globals whose modules have not landed yet (fetch comes with the http
// issue, structuredClone with the core library, Web Crypto with crypto):
// they exist, as in Node, and throw ERR_NOT_IMPLEMENTED when used.

const { stubFunction, stubClass } = require('internal/stub');

module.exports = {
  structuredClone: stubFunction('structuredClone', 'structuredClone'),
  fetch: stubFunction('fetch', 'fetch'),
  Headers: stubClass('Headers', 'Headers'),
  Request: stubClass('Request', 'Request'),
  Response: stubClass('Response', 'Response'),
  FormData: stubClass('FormData', 'FormData'),
  MessageEvent: stubClass('MessageEvent', 'MessageEvent', require('internal/event_target').Event),
  Crypto: stubClass('Crypto', 'Crypto'),
  CryptoKey: stubClass('CryptoKey', 'CryptoKey'),
  SubtleCrypto: stubClass('SubtleCrypto', 'SubtleCrypto'),
};
