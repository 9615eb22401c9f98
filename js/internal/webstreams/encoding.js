'use strict';

// internal/webstreams/encoding — TextEncoderStream and TextDecoderStream: TransformStreams
// around the existing TextEncoder and TextDecoder. The encoder keeps a high surrogate that ends
// a chunk until the next chunk (or the end, where it becomes U+FFFD); the decoder decodes in
// streaming mode, so multi-byte characters may be split across chunks.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { TextDecoder, TextEncoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const {
  customInspect, kEmptyObject, kEnumerableProperty, kInspect, kType,
} = require('internal/webstreams/util');

const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');
const kPendingHighSurrogate = Symbol('kPendingHighSurrogate');

function isTextEncoderStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'TextEncoderStream';
}

function isTextDecoderStream(value) {
  return typeof value?.[kHandle] === 'object' && value?.[kType] === 'TextDecoderStream';
}

function isHighSurrogate(code) {
  return code >= 0xD800 && code <= 0xDBFF;
}

class TextEncoderStream {
  constructor() {
    this[kPendingHighSurrogate] = null;
    this[kType] = 'TextEncoderStream';
    this[kHandle] = new TextEncoder();
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        let text = String(chunk);
        if (this[kPendingHighSurrogate] !== null) {
          // A lone high surrogate followed by anything but a low one encodes as U+FFFD,
          // which is what TextEncoder does with it.
          text = this[kPendingHighSurrogate] + text;
          this[kPendingHighSurrogate] = null;
        }
        const last = text.length - 1;
        if (last >= 0 && isHighSurrogate(text.charCodeAt(last))) {
          this[kPendingHighSurrogate] = text[last];
          text = text.slice(0, last);
        }
        if (text.length > 0) controller.enqueue(this[kHandle].encode(text));
      },
      flush: (controller) => {
        if (this[kPendingHighSurrogate] !== null) {
          controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
        }
      },
    });
  }

  get encoding() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kHandle].encoding;
  }

  get readable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isTextEncoderStream(this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this[kHandle].encoding,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = kEmptyObject) {
    this[kType] = 'TextDecoderStream';
    this[kHandle] = new TextDecoder(encoding, options);
    this[kTransform] = new TransformStream({
      transform: (chunk, controller) => {
        const value = this[kHandle].decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush: (controller) => {
        const value = this[kHandle].decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].encoding;
  }

  get fatal() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].fatal;
  }

  get ignoreBOM() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kHandle].ignoreBOM;
  }

  get readable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kTransform].writable;
  }

  [kInspect](depth, options) {
    if (!isTextDecoderStream(this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this[kHandle].encoding,
      fatal: this[kHandle].fatal,
      ignoreBOM: this[kHandle].ignoreBOM,
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

module.exports = {
  TextEncoderStream,
  TextDecoderStream,
};
