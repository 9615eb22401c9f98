'use strict';

// crypto — a stub until gonode has its crypto binding: crypto.constants is real (Node's values,
// which come from the OpenSSL it is built with), the classes exist (Hash, Hmac and the ciphers
// are stream.Transforms, Sign and Verify stream.Writables), every function throws
// ERR_NOT_IMPLEMENTED.

const { Transform, Writable } = require('stream');
const { cls, constants, define, fns, stubFunction } = require('internal/stub');

const defaultCipherList = [
  'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256',
  'DHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA256', 'DHE-RSA-AES256-SHA256', 'HIGH', '!aNULL', '!eNULL', '!EXPORT',
  '!DES', '!RC4', '!MD5', '!PSK', '!SRP', '!CAMELLIA',
].join(':');

const cryptoConstants = constants({
  OPENSSL_VERSION_NUMBER: 805306672, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824, SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728, SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152, SSL_OP_TLS_ROLLBACK_BUG: 8388608, ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128, ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024, ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8, RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: defaultCipherList,
  TLS1_VERSION: 769, TLS1_1_VERSION: 770, TLS1_2_VERSION: 771, TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
  defaultCipherList,
}, null);

// Web Crypto: as in Node, the members live on the prototypes (Crypto, SubtleCrypto).
const subtle = Object.create(define('crypto.subtle', fns(
  'encrypt decrypt sign verify digest generateKey deriveKey deriveBits importKey exportKey ' +
  'wrapKey unwrapKey')));
const webcrypto = Object.create(define('crypto.webcrypto', {
  subtle,
  ...fns('getRandomValues randomUUID'),
}));

const crypto = define('crypto', {
  ...fns('checkPrime checkPrimeSync createCipheriv createDecipheriv createDiffieHellman'),
  ...fns('createDiffieHellmanGroup createECDH createHash createHmac createPrivateKey'),
  ...fns('createPublicKey createSecretKey createSign createVerify diffieHellman generatePrime'),
  ...fns('generatePrimeSync getCiphers getCipherInfo getCurves getDiffieHellman getHashes hkdf'),
  ...fns('hkdfSync pbkdf2 pbkdf2Sync generateKeyPair generateKeyPairSync generateKey'),
  ...fns('generateKeySync privateDecrypt privateEncrypt publicDecrypt publicEncrypt randomBytes'),
  ...fns('randomFill randomFillSync randomInt randomUUID scrypt scryptSync sign setEngine'),
  ...fns('timingSafeEqual getFips setFips verify hash'),
  Certificate: cls(null, fns('exportChallenge exportPublicKey verifySpkac')),
  Cipher: cls(Transform),
  Cipheriv: cls(Transform),
  Decipher: cls(Transform),
  Decipheriv: cls(Transform),
  DiffieHellman: cls(),
  DiffieHellmanGroup: cls(),
  ECDH: cls(null, fns('convertKey')),
  Hash: cls(Transform),
  Hmac: cls(Transform),
  KeyObject: cls(null, fns('from')),
  Sign: cls(Writable),
  Verify: cls(Writable),
  X509Certificate: cls(),
  ...fns('secureHeapUsed'),
  constants: cryptoConstants,
  webcrypto,
  subtle,
  getRandomValues: webcrypto.getRandomValues,
});

// Deprecated members Node keeps off the enumerable surface.
for (const name of ['createCipher', 'createDecipher']) {
  Object.defineProperty(crypto, name, {
    __proto__: null, value: stubFunction(`crypto.${name}`, name), enumerable: false,
  });
}
Object.defineProperty(crypto, 'fips', {
  __proto__: null, get: crypto.getFips, set: crypto.setFips, enumerable: false,
});
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(crypto, name, {
    __proto__: null,
    value: crypto.randomBytes,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

module.exports = crypto;
