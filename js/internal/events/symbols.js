'use strict';

// internal/events/symbols — symbols shared between events and the modules built on it.
// kFirstEventParam: an events.on() option that makes each iterated value the event's first
// argument instead of the array of all of them (readline's async iterator uses it).

module.exports = {
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
};
