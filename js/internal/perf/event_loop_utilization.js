'use strict';

// internal/perf/event_loop_utilization — performance.eventLoopUtilization(util1, util2) with
// Node's arithmetic. gonode's loop does not report its start or idle time (nodeTiming.loopStart
// stays -1), so it always answers what Node answers before its loop starts:
// { idle: 0, active: 0, utilization: 0 }.

const nodeTiming = require('internal/perf/nodetiming');
const { now } = require('internal/perf/utils');

function eventLoopUtilization(util1, util2) {
  const ls = nodeTiming.loopStart;
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };

  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  const idle = nodeTiming.idleTime;
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };

  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

module.exports = eventLoopUtilization;
