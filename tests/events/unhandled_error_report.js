'use strict';
// An 'error' event with no listener: Node's report names the throw in
// node:events and adds where the event was emitted.
const EventEmitter = require('events');
class Foo extends EventEmitter {}
const e = new Foo();
console.log('before');
function go() { e.emit('error', new Error('boom')); }
go();
