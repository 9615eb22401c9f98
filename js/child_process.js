'use strict';

// child_process — a stub until gonode can spawn processes: ChildProcess is an EventEmitter
// whose constructor throws ERR_NOT_IMPLEMENTED, as does every function.

const EventEmitter = require('events');
const { cls, define, fns } = require('internal/stub');

module.exports = define('child_process', {
  ...fns('_forkChild'),
  ChildProcess: cls(EventEmitter),
  ...fns('exec execFile execFileSync execSync fork spawn spawnSync'),
});
