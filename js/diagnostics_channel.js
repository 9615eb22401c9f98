'use strict';

// diagnostics_channel — named publish/subscribe channels for instrumentation, and tracing
// channels (start/end/asyncStart/asyncEnd/error) around sync, promise and callback calls.
//
// Unlike most modules that gonode does not have yet, this one is real: libraries such as undici
// create their channels at load time and publish on every operation, and the module needs
// nothing from the host.
//
// A channel without subscribers or bound stores is a plain Channel whose methods do nothing
// (publish costs a call). The first subscriber or store switches the object's prototype to
// ActiveChannel, and removing the last one switches it back; util.inspect shows which one, as
// in Node.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// name -> Channel. Node keeps channels through weak references; gonode's WeakRef never lets go,
// so a Map has the same observable behaviour.
const channels = new Map();

// A subscriber or store transform that throws must not stop the publisher: the error is
// reported as an uncaught exception on the next tick.
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  // Both prototypes are Channels to `instanceof`.
  static [Symbol.hasInstance](value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array each time, so that a publish in progress keeps iterating over its snapshot.
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.delete(store)) return false;
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    if (subscribers === undefined) return;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  // Enters every bound store (with the context its transform makes from data), publishes
  // data, then calls fn inside all of them.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = enterStore(store, transform, data, run);
    }
    return run();
  }
}

function enterStore(store, transform, data, next) {
  return () => {
    let context;
    try {
      context = transform === undefined ? data : transform(data);
    } catch (err) {
      reportLater(err);
      return next();
    }
    return store.run(context, next);
  };
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
}

function deactivateIfIdle(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  return existing !== undefined && existing.hasSubscribers;
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

// The channel for one trace event: `tracing:${name}:${event}`, or the given object's member.
function traceChannel(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${event}`);
  }
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const member = nameOrChannels[event];
    if (!(member instanceof Channel)) {
      throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], member);
    }
    return member;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
                                 nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      // Read-only, hidden members, as in Node.
      Object.defineProperty(this, event, {
        __proto__: null, value: traceChannel(nameOrChannels, event),
      });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const settled = () => {
      // asyncEnd comes right after asyncStart: there is no hook after the continuation.
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
    };
    const onFulfilled = (result) => {
      context.result = result;
      settled();
      return result;
    };
    const onRejected = (err) => {
      this.#failed(context, err);
      settled();
      return Promise.reject(err);
    };
    return this.start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise); // thenables
        return promise.then(onFulfilled, onRejected);
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    const tracing = this;
    // A rest parameter rather than `arguments` in the arrow function below: goja loses (or
    // crashes on) `arguments` captured by an arrow function.
    args.splice(position, 1, function wrappedCallback(...callbackArgs) {
      const [err, res] = callbackArgs;
      if (err) {
        tracing.#failed(context, err);
      } else {
        context.result = res;
      }
      // runStores, so that a store can restore its context for the callback.
      tracing.asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, callbackArgs);
        } finally {
          tracing.asyncEnd.publish(context);
        }
      });
    });
    return this.start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  #failed(context, err) {
    context.error = err;
    this.error.publish(context);
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
