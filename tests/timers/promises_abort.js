'use strict';
// timers/promises with AbortSignal.

const tp = require('timers/promises');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

async function expectAbort(label, promise) {
  try {
    const v = await promise;
    console.log(`${label}: resolved ${v}`);
  } catch (err) {
    console.log(`${label}: ${describe(err)}; cause: ${err.cause === undefined ? 'undefined' : err.cause.name || err.cause}`);
    return err;
  }
}

async function main() {
  // Already aborted.
  const ac1 = new AbortController();
  ac1.abort();
  const e1 = await expectAbort('setTimeout, aborted before', tp.setTimeout(1, 'v', { signal: ac1.signal }));
  console.log('  cause is the reason:', e1.cause === ac1.signal.reason, e1 instanceof Error);
  await expectAbort('setImmediate, aborted before', tp.setImmediate('v', { signal: ac1.signal }));
  await expectAbort('scheduler.wait, aborted before', tp.scheduler.wait(1, { signal: ac1.signal }));

  // With a reason.
  const ac2 = new AbortController();
  ac2.abort('my reason');
  const e2 = await expectAbort('setTimeout, aborted with a reason', tp.setTimeout(1, 'v', { signal: ac2.signal }));
  console.log('  cause:', e2.cause);

  // Aborted while waiting: the timer is cleared (the process does not wait 10 s).
  const ac3 = new AbortController();
  const p3 = tp.setTimeout(10000, 'v', { signal: ac3.signal });
  setTimeout(() => ac3.abort(new Error('late')), 2);
  const e3 = await expectAbort('setTimeout, aborted while waiting', p3);
  console.log('  cause message:', e3.cause.message);

  const ac4 = new AbortController();
  const p4 = tp.setImmediate('v', { signal: ac4.signal });
  ac4.abort();
  await expectAbort('setImmediate, aborted before it ran', p4);

  // Not aborted: resolves, and aborting later is harmless.
  const ac5 = new AbortController();
  console.log('not aborted:', await tp.setTimeout(1, 'fine', { signal: ac5.signal }));
  ac5.abort();
  console.log('not aborted:', await tp.setImmediate('fine too', { signal: ac5.signal }).catch(describe));

  // AbortSignal.timeout / abort() helpers, when present.
  const reason = await tp.setTimeout(5, 'v', { signal: AbortSignal.abort() }).catch((err) => err.cause.name);
  console.log('AbortSignal.abort():', reason);
}

main().then(() => console.log('done'));
