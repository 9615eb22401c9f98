'use strict';
// timeout.refresh(): restarts the timer from now with its original duration.
// The cases run one after the other so timing never decides the order.

console.log('refresh');

const steps = [];
function next() {
  const step = steps.shift();
  if (step) setTimeout(step, 1);
}

steps.push(() => {
  // The order is printed once both have fired, not at a fixed time, so a
  // stalled machine cannot cut the case short.
  const order = [];
  const fired = (what) => {
    order.push(what);
    if (order.length === 2) {
      console.log(order.join('\n'));
      next();
    }
  };
  const t = setTimeout(() => fired('t (30 ms, refreshed at 20 ms)'), 30);
  setTimeout(() => {
    console.log('refresh returns the timer:', t.refresh() === t);
  }, 20);
  setTimeout(() => fired('other (40 ms)'), 40);
});

steps.push(() => {
  // Refreshing a fired timer runs it again.
  let fired = 0;
  const again = setTimeout(() => {
    fired++;
    if (fired === 1) {
      console.log('again: fired once, destroyed (inside the callback):', again._destroyed);
      setTimeout(() => {
        console.log('again: destroyed after firing:', again._destroyed);
        again.refresh();
        console.log('again: refreshed after firing, destroyed:', again._destroyed, 'hasRef:', again.hasRef());
      }, 1);
    } else {
      console.log('again: fired twice');
      next();
    }
  }, 2);
});

steps.push(() => {
  // Refresh from inside its own callback makes a timeout repeat.
  let selfCount = 0;
  setTimeout(function () {
    selfCount++;
    if (selfCount < 3) {
      this.refresh();
    } else {
      console.log('self-refreshing timeout ran', selfCount, 'times');
      next();
    }
  }, 1);
});

steps.push(() => {
  // Refreshing a cleared timer does nothing.
  const cleared = setTimeout(() => console.log('cleared (should not run)'), 1);
  clearTimeout(cleared);
  cleared.refresh();
  console.log('refresh of a cleared timer: destroyed', cleared._destroyed, 'idleTimeout', cleared._idleTimeout);

  // An unref'd timer stays unref'd after refresh, and a fired unref'd one too.
  const u = setTimeout(() => console.log('never (unref\'d, refreshed)'), 200).unref();
  u.refresh();
  console.log('unref\'d after refresh: hasRef', u.hasRef());
  // A long ref'd timer keeps the loop alive for v and is cleared when v has
  // fired twice.
  const keepAlive = setTimeout(() => console.log('keep-alive (should not run)'), 10000);
  let vRuns = 0;
  const v = setTimeout(() => {
    vRuns++;
    console.log(`unref'd v fired (${vRuns})`);
    if (vRuns > 1) {
      clearTimeout(keepAlive);
      next();
      return;
    }
    setTimeout(() => {
      v.refresh();
      console.log('v refreshed after firing: hasRef', v.hasRef(), 'destroyed', v._destroyed);
    }, 1);
  }, 1).unref();
});

steps.push(() => {
  // A refreshed timer moves to the end of its list.
  const log = [];
  const a = setTimeout(() => log.push('a'), 5);
  setTimeout(() => log.push('b'), 5);
  a.refresh();
  setTimeout(() => { console.log('order after refresh:', log.join(',')); next(); }, 20);
});

next();
