'use strict';

// internal/streams/add-abort-signal — destroy a stream with an AbortError when a signal aborts.

const { AbortError, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE } = codes;
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');
const { onAbort } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const abortStream = isNodeStream(stream) ?
    () => {
      stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    } :
    () => {
      stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
    };
  if (signal.aborted) {
    abortStream();
  } else {
    const remove = onAbort(signal, abortStream);
    eos(stream, remove);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
