'use strict';

// internal/streams/legacy — the old Stream class (an EventEmitter with a simple pipe), the base
// of every stream class, and prependListener for emitters that lack it.

// Read once: a module-level binding is much cheaper in goja than a global lookup.
const process = globalThis.process;
const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// pipe of old-style streams: no backpressure bookkeeping beyond pause/resume on 'drain'.
Stream.prototype.pipe = function(dest, options) {
  const source = this;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  source.on('data', ondata);

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  dest.on('drain', ondrain);

  // Unless told otherwise (or piping to stdio), end dest when source ends or closes.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }

  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }

  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);

  return dest;
};

// eventNames lists only events that still have listeners.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events == null) return names;
  const keys = Reflect.ownKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const v = events[keys[i]];
    if (typeof v === 'function' || (Array.isArray(v) && v.length > 0)) names.push(keys[i]);
  }
  return names;
};

function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  // Old emitters without prependListener: put fn first by hand.
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}

module.exports = { Stream, prependListener };
