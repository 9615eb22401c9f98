'use strict';

// _http_common — Node's internal http module, still public. The parser is a stub until gonode
// has HTTP; the expressions, CRLF and the method list (in llhttp's order) are real.

const { cls, define, fn, fns } = require('internal/stub');

// The methods the HTTP parser knows, in its own order (http.METHODS is this list sorted).
const methods = [
  'DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
  'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT',
  'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH',
  'PURGE', 'MKCALENDAR', 'LINK', 'UNLINK', 'SOURCE', 'QUERY',
];

// Node's pool of parsers (a FreeList); allocating from it throws.
const parsers = define('http.parsers', { name: 'parsers', ctor: fn, max: 1000, list: [] },
                       Object.create(define('http.parsers', fns('alloc free'))));

// The parser's kinds, callback slots and leniency flags (llhttp's values, as Node exports them).
const parserConstants = {
  REQUEST: 1, RESPONSE: 2, kOnMessageBegin: 0, kOnHeaders: 1, kOnHeadersComplete: 2, kOnBody: 3,
  kOnMessageComplete: 4, kOnExecute: 5, kOnTimeout: 6, kLenientNone: 0, kLenientHeaders: 1,
  kLenientChunkedLength: 2, kLenientKeepAlive: 4, kLenientTransferEncoding: 8,
  kLenientVersion: 16, kLenientDataAfterClose: 32, kLenientOptionalLFAfterCR: 64,
  kLenientOptionalCRLFAfterChunk: 128, kLenientOptionalCRBeforeLF: 256,
  kLenientSpacesAfterChunkSize: 512, kLenientAll: 1023,
};

module.exports = define('http', {
  ...fns('_checkInvalidHeaderChar _checkIsHttpToken'),
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  ...fns('freeParser'),
  methods,
  parsers,
  kIncomingMessage: Symbol('IncomingMessage'),
  HTTPParser: cls(null, parserConstants),
  ...fns('isLenient prepareError'),
});
