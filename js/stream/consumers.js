'use strict';

// stream/consumers — read a whole stream (a Readable, a web ReadableStream or any async
// iterable) into a Blob, ArrayBuffer, Buffer, string or parsed JSON.

const { Buffer, Blob } = require('buffer');
const { TextDecoder } = require('internal/encoding');
const { asyncIteratorOf } = require('internal/streams/utils');

// eachChunk(stream, fn) calls fn for every chunk, as `for await` would.
async function eachChunk(stream, fn) {
  const it = asyncIteratorOf(stream);
  for (;;) {
    const { value, done } = await it.next();
    if (done) return;
    fn(value);
  }
}

async function blob(stream) {
  const chunks = [];
  await eachChunk(stream, (chunk) => chunks.push(chunk));
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const b = await blob(stream);
  return b.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  const parts = [];
  await eachChunk(stream, (chunk) => {
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  });
  parts.push(decoder.decode(undefined, { stream: false }));
  return parts.join('');
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
