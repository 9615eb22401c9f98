'use strict';

// internal/readline/emitKeypressEvents — makes a readable stream emit 'keypress' events for
// the keys in its 'data', as readline.emitKeypressEvents(stream[, interface]) does. The data is
// only decoded while someone listens to 'keypress'. An ESC at the end of a chunk waits
// escapeCodeTimeout ms for the rest of its sequence before it counts as the escape key.

const { StringDecoder } = require('string_decoder');
const {
  charLengthAt, emitKeys, kSawKeyPress, ESCAPE_CODE_TIMEOUT, CSI: { kEscape },
} = require('internal/readline/utils');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');

function startDecoder(stream) {
  const decoder = emitKeys(stream);
  decoder.next();
  stream[ESCAPE_DECODER] = decoder;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);

  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  let timeoutId;

  function feed(string) {
    clearTimeout(timeoutId);
    // A single (possibly two-unit) character counts as a key press: the interface uses this
    // to tell typing from pasting.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    // Tab completion only applies to the last character of a chunk.
    iface.isCompletionEnabled = false;
    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[ESCAPE_DECODER].next(character);
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw: start a fresh decoder, then let the error through.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) feed(string);
    } else {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;
