// Every Node builtin loads and has Node's shape: its kind, its exported names, its real
// constants, the class hierarchy that code subclasses at load time, the module identities and
// the warnings some modules print when they are required. Nothing here calls a function that
// gonode only stubs (tests/_gonode_only/stubs.js checks those throw ERR_NOT_IMPLEMENTED).
// Only platform-independent constant values are printed.
'use strict';

const Module = require('module');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));

// 1. Every name loads, with the prefix too.
const names = [...Module.builtinModules, 'node:sea', 'node:test', 'node:test/reporters'];
const kinds = [];
for (const name of names) {
  try {
    const m = require(name);
    const prefixed = name.startsWith('node:') ? m : require(`node:${name}`);
    kinds.push(`${name}:${typeof m}${prefixed === m ? '' : ' (node: differs)'}`);
  } catch (err) {
    kinds.push(`${name}:FAILED ${err.code || err.message}`);
  }
}
console.log(kinds.join('\n'));
for (const name of ['sea', 'test', 'test/reporters']) {
  try {
    require(name);
    console.log(name, 'loaded without the prefix');
  } catch (err) {
    console.log(name, err.code);
  }
}

// 2. Exported names of the modules gonode stubs (or implements here).
const shaped = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_readable', '_stream_writable', '_tls_common',
  '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises', 'net', 'os',
  'perf_hooks', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'tls', 'trace_events',
  'tty', 'url', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib', 'node:sea', 'node:test',
  'node:test/reporters',
];
for (const name of shaped) {
  const keys = Object.keys(require(name));
  // The legacy constants table and fs's list depend on the platform: count them elsewhere.
  if (name === 'constants') continue;
  console.log(`${name}: ${keys.join(' ')}`);
}
// fs: lchmod exists only on macOS.
console.log('fs:', Object.keys(require('fs')).filter((k) => !k.startsWith('lchmod')).join(' '));

// 3. Real constants.
const zlib = require('zlib');
console.log('zlib.constants', JSON.stringify(zlib.constants));
console.log('zlib.codes', JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
console.log('zlib legacy', zlib.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.DEFLATE,
            zlib.BROTLI_MAX_QUALITY, Object.keys(zlib).includes('Z_OK'));
const zd = Object.getOwnPropertyDescriptor(zlib.constants, 'Z_BEST_COMPRESSION');
console.log('zlib.constants descriptor', zd.writable, zd.enumerable, zd.configurable,
            Object.getPrototypeOf(zlib.constants) === null);

const crypto = require('crypto');
console.log('crypto.constants', JSON.stringify(crypto.constants));
console.log('crypto hidden', Object.keys(crypto).includes('createCipher'),
            typeof crypto.createCipher, crypto.rng === crypto.randomBytes);

const http = require('http');
console.log('http.METHODS', http.METHODS.length, http.METHODS.join(' '));
console.log('http.STATUS_CODES', Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[404],
            http.STATUS_CODES[418], JSON.stringify(http.STATUS_CODES));
console.log('http.maxHeaderSize', http.maxHeaderSize, 'Agent.defaultMaxSockets',
            http.Agent.defaultMaxSockets);
const ga = http.globalAgent;
console.log('http.globalAgent', ga instanceof http.Agent, ga.defaultPort, ga.protocol,
            ga.keepAlive, ga.maxSockets, ga.maxFreeSockets, JSON.stringify(ga.options));
const hga = require('https').globalAgent;
console.log('https.globalAgent', hga instanceof require('https').Agent, hga instanceof http.Agent,
            hga.defaultPort, hga.protocol, hga.maxCachedSessions);

const common = require('_http_common');
console.log('_http_common', JSON.stringify(common.CRLF), String(common.chunkExpression),
            String(common.continueExpression), common.methods.join(' '),
            String(common.kIncomingMessage), common.parsers.name, common.parsers.max,
            common.HTTPParser.REQUEST, common.HTTPParser.RESPONSE, common.HTTPParser.kLenientAll);
console.log('_http_outgoing', String(require('_http_outgoing').kHighWaterMark),
            String(require('_http_outgoing').kUniqueHeaders));
console.log('_http_server', String(require('_http_server').kServerResponse),
            String(require('_http_server').kConnectionsCheckingInterval),
            require('_http_server').STATUS_CODES === http.STATUS_CODES);

const http2 = require('http2');
console.log('http2.constants', Object.keys(http2.constants).length,
            JSON.stringify(http2.constants));
console.log('http2', String(http2.sensitiveHeaders), Symbol.keyFor(http2.sensitiveHeaders));

const tls = require('tls');
console.log('tls', tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW, tls.DEFAULT_ECDH_CURVE,
            tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);
console.log('tls.DEFAULT_CIPHERS', tls.DEFAULT_CIPHERS);

const dns = require('dns');
const dnsCodes = {};
for (const k of Object.keys(dns)) {
  if (typeof Object.getOwnPropertyDescriptor(dns, k).value === 'string') dnsCodes[k] = dns[k];
}
console.log('dns codes', JSON.stringify(dnsCodes));
console.log('dns flags', typeof dns.ADDRCONFIG, typeof dns.ALL, typeof dns.V4MAPPED);
console.log('dns/promises codes', require('dns/promises').NOTFOUND,
            require('dns/promises').CANCELLED, 'ADDRCONFIG' in require('dns/promises'));

const fs = require('fs');
const fc = fs.constants;
console.log('fs', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fc.O_RDONLY, fc.O_WRONLY, fc.O_RDWR,
            fc.S_IFMT, fc.S_IFREG, fc.S_IFDIR, fc.S_IFLNK, fc.S_IRWXU, fc.COPYFILE_EXCL,
            fc.COPYFILE_FICLONE_FORCE, fc.UV_DIRENT_BLOCK, fc.UV_FS_O_FILEMAP,
            typeof fc.O_CREAT, typeof fc.O_NOFOLLOW, Object.getPrototypeOf(fc) === null);
console.log('fs/promises', require('fs/promises').constants === fc);

const os = require('os');
const oc = os.constants;
console.log('os', JSON.stringify(os.EOL), os.devNull, Object.keys(oc).join(' '),
            oc.UV_UDP_REUSEADDR, oc.signals.SIGINT, oc.signals.SIGKILL, oc.signals.SIGTERM,
            oc.errno.ENOENT, oc.errno.EACCES, oc.dlopen.RTLD_LAZY, JSON.stringify(oc.priority),
            Object.getPrototypeOf(oc.signals) === null);

const constants = require('constants');
console.log('constants', Object.isFrozen(constants), constants.SIGINT, constants.ENOENT,
            constants.O_RDONLY, constants.PRIORITY_HIGH, constants.RTLD_LAZY,
            constants.defaultCipherList === crypto.constants.defaultCipherList,
            Object.keys(constants).length ===
              Object.keys(oc.dlopen).length + Object.keys(oc.errno).length +
              Object.keys(oc.priority).length + Object.keys(oc.signals).length +
              Object.keys(fc).length + Object.keys(crypto.constants).length);

const perf = require('perf_hooks');
console.log('perf_hooks.constants', JSON.stringify(perf.constants),
            perf.PerformanceObserver.supportedEntryTypes.join(' '),
            perf.performance instanceof perf.Performance);

const ah = require('async_hooks');
console.log('asyncWrapProviders', JSON.stringify(ah.asyncWrapProviders),
            Object.isFrozen(ah.asyncWrapProviders));

const buffer = require('buffer');
console.log('buffer', buffer.kMaxLength, buffer.kStringMaxLength,
            JSON.stringify(buffer.constants), buffer.INSPECT_MAX_BYTES, buffer.Buffer.poolSize);

const wt = require('worker_threads');
console.log('worker_threads', wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData,
            JSON.stringify(wt.resourceLimits), String(wt.SHARE_ENV), Symbol.keyFor(wt.SHARE_ENV));

const cluster = require('cluster');
console.log('cluster', cluster instanceof EventEmitter, cluster.isPrimary, cluster.isMaster,
            cluster.isWorker, cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy,
            JSON.stringify(cluster.workers), JSON.stringify(cluster.settings));

const vm = require('vm');
console.log('vm.constants', Object.keys(vm.constants).join(' '),
            String(vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER),
            String(vm.constants.DONT_CONTEXTIFY), Object.isFrozen(vm.constants));

const repl = require('repl');
console.log('repl', String(repl.REPL_MODE_SLOPPY), String(repl.REPL_MODE_STRICT),
            repl.builtinModules.join(' '));

console.log('punycode', require('punycode').version, Object.keys(require('punycode').ucs2));
console.log('domain', require('domain').active, JSON.stringify(require('domain')._stack));
console.log('sea', require('node:sea').isSea());

// 4. Classes exist and inherit as in Node, so subclasses and instanceof work at load time.
const stream = require('stream');
const net = require('net');
const inherits = (C, B) => C.prototype instanceof B;
console.log('classes',
            inherits(stream.Readable, stream.Stream), inherits(stream.Duplex, stream.Readable),
            inherits(stream.Transform, stream.Duplex),
            inherits(stream.PassThrough, stream.Transform),
            inherits(stream.Writable, EventEmitter), inherits(net.Socket, stream.Duplex),
            inherits(net.Server, EventEmitter), inherits(http.Server, net.Server),
            inherits(http.IncomingMessage, stream.Readable),
            inherits(http.ServerResponse, http.OutgoingMessage),
            inherits(http.ClientRequest, http.OutgoingMessage),
            inherits(http.OutgoingMessage, stream.Stream), inherits(http.Agent, EventEmitter),
            inherits(require('https').Agent, http.Agent),
            inherits(require('https').Server, tls.Server), inherits(tls.Server, net.Server),
            inherits(tls.TLSSocket, net.Socket), inherits(zlib.Gzip, stream.Transform),
            inherits(crypto.Hash, stream.Transform), inherits(crypto.Sign, stream.Writable),
            inherits(fs.ReadStream, stream.Readable), inherits(fs.WriteStream, stream.Writable),
            inherits(require('tty').WriteStream, net.Socket),
            inherits(require('child_process').ChildProcess, EventEmitter),
            inherits(require('dgram').Socket, EventEmitter),
            inherits(wt.Worker, EventEmitter),
            inherits(require('readline').Interface, EventEmitter),
            inherits(repl.REPLServer, require('readline').Interface),
            inherits(repl.Recoverable, SyntaxError),
            inherits(require('assert').AssertionError, Error),
            inherits(buffer.Buffer, Uint8Array), inherits(buffer.File, buffer.Blob),
            inherits(require('_stream_wrap'), net.Socket),
            inherits(http2.Http2ServerRequest, stream.Readable),
            inherits(perf.PerformanceMark, perf.PerformanceEntry),
            inherits(require('v8').DefaultSerializer, require('v8').Serializer));
class MyServer extends http.Server {}
class MyStream extends stream.Transform {}
function OldStyle() {}
Object.setPrototypeOf(OldStyle.prototype, stream.Readable.prototype);
console.log('subclasses', typeof MyServer, MyServer.prototype instanceof EventEmitter,
            typeof MyStream, new OldStyle() instanceof stream.Readable,
            stream.Readable.name, http.Server.name, zlib.Gzip.name, crypto.Hash.name);

// 5. Identities.
console.log('identities',
            require('module') === Module.Module, stream.Stream === stream,
            require('_stream_readable') === stream.Readable,
            require('_stream_writable') === stream.Writable,
            require('_stream_duplex') === stream.Duplex,
            require('_stream_transform') === stream.Transform,
            require('_stream_passthrough') === stream.PassThrough,
            stream.promises === require('stream/promises'), fs.promises === require('fs/promises'),
            dns.promises === require('dns/promises'),
            require('readline').promises === require('readline/promises'),
            require('assert').strict === require('assert/strict'),
            require('assert').ok === require('assert'),
            require('assert').strict.strict === require('assert').strict,
            require('assert').strict.equal === require('assert').strictEqual,
            http.Agent === require('_http_agent').Agent,
            http.globalAgent === require('_http_agent').globalAgent,
            http.IncomingMessage === require('_http_incoming').IncomingMessage,
            http.ClientRequest === require('_http_client').ClientRequest,
            http.Server === require('_http_server').Server,
            tls.Server === require('_tls_wrap').Server,
            net.Stream === net.Socket, fs.FileReadStream === fs.ReadStream,
            require('querystring').encode === require('querystring').stringify,
            require('domain').create === require('domain').createDomain,
            crypto.subtle === crypto.webcrypto.subtle,
            require('node:test').it === require('node:test'),
            require('node:test').suite === require('node:test').describe,
            typeof stream.pipeline[Symbol.for('nodejs.util.promisify.custom')],
            typeof fs.realpathSync.native);

// 6. diagnostics_channel is real.
const dc = require('diagnostics_channel');
const ch = dc.channel('test:stubs');
console.log('dc', ch === dc.channel('test:stubs'), ch instanceof dc.Channel, ch.name,
            ch.hasSubscribers, dc.hasSubscribers('test:stubs'), dc.hasSubscribers('never'));
const seen = [];
const onMessage = (message, name) => seen.push(`${name}=${JSON.stringify(message)}`);
dc.subscribe('test:stubs', onMessage);
console.log('dc subscribed', ch.hasSubscribers, dc.hasSubscribers('test:stubs'),
            ch instanceof dc.Channel);
ch.publish({ n: 1 });
console.log('dc unsubscribe', dc.unsubscribe('test:stubs', onMessage), ch.unsubscribe(onMessage),
            ch.hasSubscribers);
ch.publish({ n: 2 });
console.log('dc seen', seen.join(' '));
try {
  dc.channel(42);
} catch (err) {
  console.log('dc bad name', err.code, err.message);
}
try {
  ch.subscribe('nope');
} catch (err) {
  console.log('dc bad subscriber', err.code, err.message);
}
const sym = Symbol('sym-channel');
console.log('dc symbol', dc.channel(sym).name === sym);

// Stores: any object with run(context, fn).
const store = {
  current: undefined,
  run(context, fn) {
    const saved = this.current;
    this.current = context;
    try {
      return fn();
    } finally {
      this.current = saved;
    }
  },
};
const storeCh = dc.channel('test:store');
storeCh.bindStore(store, (data) => `ctx(${data.id})`);
storeCh.subscribe((data) => seen.push(`in-store:${store.current}`));
seen.length = 0;
console.log('dc runStores', storeCh.runStores({ id: 7 }, function(a, b) {
  return `${store.current}/${this.tag}/${a + b}`;
}, { tag: 'this' }, 1, 2), seen.join(' '), store.current,
            storeCh.unbindStore(store), storeCh.unbindStore(store));

const tc = dc.tracingChannel('test:trace');
const events = [];
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (ctx) => {
    events.push(`${event}(${ctx.result ?? ''}${ctx.error ? ctx.error.message : ''})`);
  };
}
console.log('dc tracing', tc.hasSubscribers, tc.start.name, tc.asyncEnd.name,
            tc.traceSync((x) => x * 2, {}, null, 21));
tc.subscribe(handlers);
console.log('dc traceSync', tc.hasSubscribers, tc.traceSync((x) => x * 2, {}, null, 21),
            events.splice(0).join(' '));
try {
  tc.traceSync(() => { throw new Error('boom'); });
} catch (err) {
  console.log('dc traceSync throws', err.message, events.splice(0).join(' '));
}
tc.traceCallback(function(a, cb) { cb.call('self', null, a + 1, 'extra'); }, -1, {}, null, 1,
                 function(err, res, extra) {
                   events.push(`callback(${err},${res},${extra},${this})`);
                 });
console.log('dc traceCallback', events.splice(0).join(' '));
const fromChannels = dc.tracingChannel({
  start: dc.channel('a'), end: dc.channel('b'), asyncStart: dc.channel('c'),
  asyncEnd: dc.channel('d'), error: dc.channel('e'),
});
console.log('dc tracing from channels', fromChannels.start.name, fromChannels.error.name);
try {
  dc.tracingChannel({ start: dc.channel('a') });
} catch (err) {
  // Node's own check fails on the missing member before it can build ERR_INVALID_ARG_TYPE.
  console.log('dc tracing bad', err.name);
}
tc.tracePromise(async (x) => x + 1, {}, null, 1).then((v) => {
  console.log('dc tracePromise', v, events.splice(0).join(' '));
  return tc.tracePromise(async () => { throw new Error('nope'); }).catch((err) => {
    console.log('dc tracePromise rejects', err.message, events.splice(0).join(' '));
    console.log('dc unsubscribe tracing', tc.unsubscribe(handlers), tc.unsubscribe(handlers),
                tc.hasSubscribers);
  });
}).then(() => {
  // 7. Warnings printed on require (sys, _stream_wrap, wasi), in the order the modules loaded.
  console.log('warnings:', warnings.length);
  for (const w of warnings) console.log(' ', w);
});
