'use strict';
// The emitter shape of streams: _events holds the common events' keys from construction
// (Node's shape mode), own keys in Node's order, listener counts and eventNames.
const {Readable,Writable,Duplex,PassThrough}=require('stream');
const r=new Readable({read(){}}); console.log(r._eventsCount, Object.keys(r)); r.on('data',()=>{}); console.log(r._eventsCount, r.listenerCount('data'), r.eventNames()); r.removeAllListeners('data'); console.log(r._events, r._eventsCount, r.eventNames());
console.log(Object.keys(new Writable()._events), Object.keys(new Duplex()._events), Object.keys(new PassThrough()._events));
console.log(Object.keys(new Writable()), Object.keys(new Duplex()), Object.keys(new PassThrough()));
const p = new PassThrough(); p.on('end', () => {}); p.once('close', () => {}); console.log(p.listenerCount('close'), p.eventNames(), require('events').getEventListeners(p, 'end').length);
const util = require('util'); class X extends Readable {} console.log(Object.keys(new X()._events));
