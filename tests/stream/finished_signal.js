'use strict';
// finished() with a signal: pre-aborted and later-aborted, on Node streams and web streams; the
// callback runs once and the abort listener is removed once the stream has finished.
const { finished, PassThrough, Readable } = require('stream');
const { ReadableStream } = require('stream/web');

function step1() {
  const ac = new AbortController();
  ac.abort('early');
  const r = new PassThrough();
  finished(r, { signal: ac.signal }, (err) => {
    console.log('pre-aborted node', err.name, err.code, err.cause);
    step2();
  });
}

function step2() {
  const ac = new AbortController();
  const r = Readable.from(['a']);
  let calls = 0;
  finished(r, { signal: ac.signal }, (err) => {
    calls++;
    console.log('finished first', err);
    ac.abort();
    setImmediate(() => {
      console.log('calls after abort', calls);
      step3();
    });
  });
  r.resume();
}

function step3() {
  const ac = new AbortController();
  const rs = new ReadableStream({ pull() {} });
  finished(rs, { signal: ac.signal }, (err) => {
    console.log('web aborted', err.name, err.code, err.cause === ac.signal.reason);
    step4();
  });
  ac.abort();
}

function step4() {
  const ac = new AbortController();
  ac.abort(new Error('why'));
  const rs = new ReadableStream({ pull() {} });
  finished(rs, { signal: ac.signal }, (err) => {
    console.log('web pre-aborted', err.name, err.cause.message);
    step5();
  });
}

function step5() {
  const ac = new AbortController();
  const rs = new ReadableStream({ start(c) { c.close(); } });
  finished(rs, { signal: ac.signal }, (err) => {
    console.log('web closed', err);
    ac.abort();
    setImmediate(() => console.log('done'));
  });
  rs.getReader().read();
}

step1();
