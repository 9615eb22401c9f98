'use strict';

// cluster — gonode runs only as the primary: the module is an EventEmitter with Node's primary
// flags and scheduling constants; forking workers throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

const SCHED_NONE = 1;
const SCHED_RR = 2;

// As in Node: round-robin except on Windows, unless NODE_CLUSTER_SCHED_POLICY says otherwise.
function schedulingPolicy() {
  const env = process.env.NODE_CLUSTER_SCHED_POLICY;
  if (env === 'rr') return SCHED_RR;
  if (env === 'none') return SCHED_NONE;
  return process.platform === 'win32' ? SCHED_NONE : SCHED_RR;
}

module.exports = define('cluster', {
  isWorker: false,
  isMaster: true,
  isPrimary: true,
  Worker: cls(EventEmitter),
  workers: {},
  settings: {},
  SCHED_NONE,
  SCHED_RR,
  schedulingPolicy: schedulingPolicy(),
  ...fns('setupPrimary setupMaster fork disconnect'),
}, new EventEmitter());
