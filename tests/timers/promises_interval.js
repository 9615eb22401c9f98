'use strict';
// timers/promises setInterval: an async iterator.

const { setInterval, setTimeout: sleep } = require('timers/promises');

function describe(err) {
  return `${err.name} [${err.code}] ${err.message}`;
}

async function main() {
  const it = setInterval(2, 'tick');
  console.log('type:', Object.prototype.toString.call(it), typeof it.next, typeof it.return, typeof it.throw,
              it[Symbol.asyncIterator]() === it);
  for (let i = 0; i < 3; i++) {
    const r = await it.next();
    console.log('next:', JSON.stringify(r));
  }
  console.log('return:', JSON.stringify(await it.return('bye')));
  console.log('after return:', JSON.stringify(await it.next()));

  // Manual for-await: values until break, then return() stops the interval.
  const it2 = setInterval(1, { n: 1 });
  let count = 0;
  for (;;) {
    const { value, done } = await it2.next();
    if (done) break;
    count++;
    if (count === 3) {
      await it2.return();
      break;
    }
    console.log('value:', JSON.stringify(value));
  }
  console.log('count:', count);

  // A slow consumer gets one value per elapsed interval.
  const it3 = setInterval(1, 'x');
  await it3.next();
  await sleep(10);
  const burst = [];
  for (let i = 0; i < 3; i++) burst.push((await it3.next()).value);
  console.log('burst:', burst.join(','));
  await it3.return();

  // Several next() calls queue up.
  const it4 = setInterval(1, 'q');
  const results = await Promise.all([it4.next(), it4.next(), it4.next()]);
  console.log('queued:', JSON.stringify(results));
  await it4.return();

  // return() before the first next() never starts the interval.
  const it5 = setInterval(1, 'never');
  console.log('early return:', JSON.stringify(await it5.return(5)), JSON.stringify(await it5.next()));

  // throw() before start completes it; throw() after yields rejects.
  const it6 = setInterval(1, 'v');
  try {
    await it6.throw(new Error('thrown in'));
  } catch (err) {
    console.log('throw before start:', err.message, JSON.stringify(await it6.next()));
  }
  const it7 = setInterval(1, 'v');
  await it7.next();
  try {
    await it7.throw(new Error('thrown at yield'));
  } catch (err) {
    console.log('throw at yield:', err.message, JSON.stringify(await it7.next()));
  }

  // Validation happens on the first next().
  for (const [label, args] of [
    ['options null', [1, 'v', null]],
    ['options 5', [1, 'v', 5]],
    ['signal 1', [1, 'v', { signal: 1 }]],
    ['ref "x"', [1, 'v', { ref: 'x' }]],
  ]) {
    const bad = setInterval(...args);
    try {
      await bad.next();
      console.log(`${label}: no error`);
    } catch (err) {
      console.log(`${label}: ${describe(err)}`);
    }
  }

  // Abort.
  const ac = new AbortController();
  const it8 = setInterval(1, 'a', { signal: ac.signal });
  console.log('before abort:', JSON.stringify(await it8.next()));
  const pending = it8.next();
  ac.abort();
  try {
    await pending;
  } catch (err) {
    console.log('aborted while waiting:', describe(err), err.cause && err.cause.name);
  }
  console.log('after abort:', JSON.stringify(await it8.next()));

  const ac2 = new AbortController();
  ac2.abort('why');
  try {
    await setInterval(1, 'a', { signal: ac2.signal }).next();
  } catch (err) {
    console.log('aborted before:', describe(err), err.cause);
  }

  // ref: false intervals do not keep the process alive (checked at the end).
  const unref = setInterval(1000, 'never', { ref: false });
  unref.next().then(() => console.log('never (unref\'d interval)'));
}

// Ordering of an interval's values against promise jobs.
async function ordering() {
  const it = setInterval(1, 'i');
  const log = [];
  const p = it.next().then((r) => log.push(`next ${r.value}`));
  await p;
  Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'));
  const q = it.next().then((r) => log.push(`next ${r.value}`));
  await q;
  await it.return();
  log.push('returned');
  await null;
  console.log(log.join(' '));
}

main().then(ordering).then(() => console.log('done'));
