'use strict';
// Error.prepareStackTrace(error, callSites) and V8's CallSite objects.
const FILE = __filename;
const saved = Error.prepareStackTrace;
console.log(typeof saved, saved.name, Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace').enumerable);

function describe(site) {
  const file = site.getFileName();
  return [
    site.getFunctionName(), site.getTypeName(), site.getMethodName(),
    file === FILE ? 'FILE' : file, site.getLineNumber(), site.getColumnNumber(),
    site.isToplevel(), site.isConstructor(), site.isNative(), site.isEval(), site.isAsync(),
    site.isPromiseAll(), site.getPromiseIndex(), site.getEvalOrigin(),
    site.getScriptNameOrSourceURL() === FILE,
    String(site).split(FILE).join('FILE'),
  ].map(String).join(' | ');
}

let calls = 0;
Error.prepareStackTrace = function (err, sites) {
  calls++;
  return { thisIsError: this === Error, message: err.message, sites: sites.filter((s) => s.getFileName() === FILE || s.getFileName() == null).slice(0, 4).map(describe) };
};
class Shape { constructor() { this.s = new Error('ctor').stack; } area() { return new Error('method').stack; } }
const box = { open() { return new Shape().area(); } };
function run() { return [new Shape().s, box.open()]; }
for (const st of run()) {
  console.log(st.thisIsError, st.message);
  for (const line of st.sites) console.log('  ' + line);
}
const lazy = new Error('lazy');
console.log('calls before read', calls);
lazy.stack; lazy.stack;
console.log('calls after two reads', calls);

// Native frame.
Error.prepareStackTrace = (err, sites) => sites.slice(0, 3).map(describe);
for (const line of [1].map(function () { return new Error('in map').stack; })[0]) console.log(line);

// The array is a real Array of CallSites, and the return value can be anything.
Error.prepareStackTrace = (err, sites) => [Array.isArray(sites), typeof sites[0], Object.keys(sites[0]).length];
console.log(new Error('x').stack);
Error.prepareStackTrace = () => 42;
console.log(new Error('x').stack);
Error.prepareStackTrace = (err, sites) => sites[0];
const site = new Error().stack;
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(site)).join());
console.log(typeof site.getThis, typeof site.getFunction);

// Chaining to the saved default formatter, as source-map-support and others do.
Error.prepareStackTrace = (err, sites) => saved(err, sites.filter((s) => s.getFileName() === FILE));
console.log(new Error('chained').stack.split(FILE).join('FILE'));

// A throwing formatter makes the stack read throw; a nested stack read uses the default format.
Error.prepareStackTrace = () => { throw new TypeError('formatter failed'); };
try { new Error('x').stack; } catch (err) { console.log(err.name, err.message); }
Error.prepareStackTrace = (err, sites) => `custom(${new Error('nested').stack.split('\n')[0]})`;
console.log(new Error('outer').stack);

// depd's use: the caller's location from a captured object.
function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (o, stack) => stack;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}
function deprecatedApi() { return getStack(); }
const callSite = deprecatedApi()[1];
console.log(callSite.getFileName() === FILE, callSite.getLineNumber(), callSite.getColumnNumber(), callSite.getFunctionName());
Error.prepareStackTrace = undefined;
console.log(new Error('plain again').stack.split('\n')[1].includes(FILE));
Error.prepareStackTrace = saved;
