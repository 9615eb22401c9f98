'use strict';

// domain — a stub (the module is deprecated in Node): Domain is an EventEmitter whose
// constructor throws ERR_NOT_IMPLEMENTED, as does creating one. No domain is ever active.

const EventEmitter = require('events');
const { cls, define, stubFunction } = require('internal/stub');

const createDomain = stubFunction('domain.create', 'createDomain');

module.exports = define('domain', {
  _stack: [],
  Domain: cls(EventEmitter),
  createDomain,
  create: createDomain,
  active: null,
});
