'use strict';

// internal/buffer_blob — Blob and File (Node's internal/blob and
// internal/file). A Blob holds an immutable copy of its sources' bytes;
// slices share them. arrayBuffer(), bytes() and text() resolve with copies;
// stream() makes a byte ReadableStream that yields one chunk per source part
// (nested Blobs count their own parts), as Node's blob reader does. resolveObjectURL finds Blobs registered under
// blob:nodedata:<id> URLs (registerObjectURL is URL.createObjectURL's half).

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/buffer_util');
const { TextDecoder, TextEncoder } = require('internal/encoding');

const kMaxLength = internalBinding('buffer').kMaxLength;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kHandle = Symbol('kHandle');
const kType = Symbol('kType');
const kLength = Symbol('kLength');
// The byte lengths of the parts a Blob was made of (undefined for one part).
const kParts = Symbol('kParts');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };

// A type may hold only printable ASCII; anything else makes it ''.
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

const encoder = new TextEncoder();
let decoder;
let inspect;
const lazyInspect = (...args) => {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(...args);
};


function isBlob(object) {
  return object?.[kHandle] !== undefined;
}

// The bytes of one source (a copy), and its length.
function getSource(source, endings) {
  if (isBlob(source)) return source[kHandle];
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!isArrayBufferView(source)) {
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\n|\r\n/g, require('os').EOL);
    return encoder.encode(source);
  }
  const { buffer, byteOffset, byteLength } = source;
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;

    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    let length = 0;
    const partLengths = [];
    const parts = Array.from(sources, (source) => {
      const bytes = getSource(source, endings);
      length += bytes.byteLength;
      if (isBlob(source) && source[kParts] !== undefined) {
        for (const n of source[kParts]) partLengths.push(n);
      } else {
        partLengths.push(bytes.byteLength);
      }
      return bytes;
    });
    if (length > kMaxLength) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);

    let handle;
    if (parts.length === 1) {
      handle = parts[0];
    } else {
      handle = new Uint8Array(length);
      let pos = 0;
      for (const part of parts) {
        handle.set(part, pos);
        pos += part.byteLength;
      }
    }
    this[kHandle] = handle;
    this[kLength] = length;
    this[kType] = normalizeType(type);
    if (partLengths.length > 1) this[kParts] = partLengths;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${lazyInspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    if (start < 0) {
      start = Math.max(this[kLength] + start, 0);
    } else {
      start = Math.min(start, this[kLength]);
    }
    if (end < 0) {
      end = Math.max(this[kLength] + end, 0);
    } else {
      end = Math.min(end, this[kLength]);
    }
    contentType = normalizeType(contentType);
    const span = Math.max(end - start, 0);
    return createBlob(this[kHandle].subarray(start, start + span), span, contentType,
                      sliceParts(this[kParts], start, span));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const handle = this[kHandle];
    return Promise.resolve().then(() => {
      const { buffer, byteOffset, byteLength } = handle;
      return buffer.slice(byteOffset, byteOffset + byteLength);
    });
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    decoder ??= new TextDecoder();
    return decoder.decode(await this.arrayBuffer());
  }

  bytes() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return blobStream(this[kHandle], this[kParts]);
  }
}

// A Blob over bytes that are already copied (slices, resolved URLs).
function createBlob(handle, length, type = '', parts = undefined) {
  return Reflect.construct(function() {
    this[kHandle] = handle;
    this[kType] = type;
    this[kLength] = length;
    if (parts !== undefined && parts.length > 1) this[kParts] = parts;
  }, [], Blob);
}

// The part lengths of bytes [start, start + span) of a Blob with the given parts.
function sliceParts(parts, start, span) {
  if (parts === undefined) return undefined;
  const out = [];
  const end = start + span;
  let pos = 0;
  for (const n of parts) {
    const from = Math.max(pos, start);
    const to = Math.min(pos + n, end);
    if (to > from) out.push(to - from);
    pos += n;
  }
  return out;
}

// A byte stream over a Blob's bytes, one chunk (a copy) per part. Like Node's, it reads on
// demand (a byte stream's default highWaterMark is 0) and keeps reading parts while the queue is under its mark.
function blobStream(handle, parts) {
  const { ReadableStream } = require('stream/web');
  const lengths = parts ?? [handle.byteLength];
  let index = 0;
  let offset = 0;
  let pendingPulls = [];
  return new ReadableStream({
    type: 'bytes',
    pull(c) {
      return new Promise((resolve, reject) => {
        pendingPulls.push({ resolve, reject });
        const readNext = () => {
          if (pendingPulls.length === 0) return;
          if (index >= lengths.length) {
            c.close();
            c.byobRequest?.respond(0);
            pendingPulls.shift().resolve();
            return;
          }
          const n = lengths[index++];
          const chunk = handle.slice(offset, offset + n);
          offset += n;
          if (n !== 0) c.enqueue(chunk);
          queueMicrotask(() => {
            if (c.desiredSize < 0) {
              if (pendingPulls.length !== 0) pendingPulls.shift().resolve();
              return;
            }
            readNext();
          });
        };
        readNext();
      });
    },
    cancel(reason) {
      for (const pending of pendingPulls) pending.reject(reason);
      pendingPulls = [];
    },
  });
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null,
  configurable: true,
  value: 'Blob',
});

Object.defineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  stream: kEnumerableProperty,
  text: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
});

// Object URLs: URL.createObjectURL registers a Blob under an id.
const objectURLs = new Map();

function registerObjectURL(id, blob) {
  objectURLs.set(id, [blob[kHandle], blob[kLength], blob[kType]]);
}

function revokeObjectURL(id) {
  objectURLs.delete(id);
}

function resolveObjectURL(url) {
  url = `${url}`;
  try {
    const { URL } = require('internal/url');
    const parsed = new URL(url);
    const split = parsed.pathname.split(':');
    if (split.length !== 2) return;
    const [base, id] = split;
    if (base !== 'nodedata') return;
    const entry = objectURLs.get(id);
    if (entry === undefined) return;
    return createBlob(entry[0], entry[1], entry[2]);
  } catch {
    // Not a URL: no Blob.
  }
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);

    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = toWellFormed(`${fileName}`);
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${lazyInspect({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

// String#toWellFormed: lone surrogates become U+FFFD.
function toWellFormed(s) {
  if (typeof String.prototype.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

Object.defineProperties(File.prototype, {
  name: kEnumerableProperty,
  lastModified: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

module.exports = {
  Blob,
  File,
  createBlob,
  isBlob,
  kHandle,
  registerObjectURL,
  resolveObjectURL,
  revokeObjectURL,
};
