'use strict';
// events.EventEmitterAsyncResource as a value: its property, typeof, the class's name and
// place in the prototype chain, and copying or spreading the module's exports (which reads it).
const events = require('events');
const desc = Object.getOwnPropertyDescriptor(events, 'EventEmitterAsyncResource');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable, 'value' in desc);
const C = events.EventEmitterAsyncResource;
console.log(typeof C, C.name, C === events.EventEmitterAsyncResource);
console.log(Object.getPrototypeOf(C) === events.EventEmitter, C.prototype instanceof events.EventEmitter);
console.log(Object.keys({ ...events }).join());
console.log(Object.keys(Object.assign({}, events)).length);
console.log(require('util').inspect(C));
