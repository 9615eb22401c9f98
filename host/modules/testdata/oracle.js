'use strict';
// Records what Node's require.resolve does for the cases in cases.json.
//
//   node oracle.js            writes expected.json next to this file
//   node oracle.js --stdout   prints it instead
//
// It copies tree/ into a temporary directory (directories named _node_modules
// become node_modules), adds the symlinks listed in cases.json, and runs each
// group of cases in a child node process with the group's flags, environment
// and working directory; the child's execPath is <root>/prefix/bin/node (a
// hard link or copy of this node) so that $PREFIX/lib/node is inside the
// fixture. Every path in the output has the fixture root replaced by <root>.
// The Go test (go test ./host/modules/ -update) runs this script.

const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');
const { spawnSync } = require('child_process');

function kindOf(e) {
  if (e instanceof SyntaxError) return 'SyntaxError';
  if (e instanceof TypeError) return 'TypeError';
  if (e instanceof URIError) return 'URIError';
  if (e instanceof RangeError) return 'RangeError';
  return 'Error';
}

async function runGroup(root, spec, gi) {
  const group = spec.groups[gi];
  const warnings = [];
  process.on('warning', (w) => warnings.push({ type: w.name, code: w.code, message: w.message }));
  const expand = (s) => s.split('<root>').join(root);
  const results = [];
  for (const c of group.cases) {
    const request = expand(c.request);
    const out = {};
    try {
      if (c.from) {
        const req = Module.createRequire(path.join(root, c.from));
        const opts = c.paths ? { paths: c.paths.map((p) => (p[0] === '=' ? p.slice(1) : path.join(root, p))) } : undefined;
        out.result = req.resolve(request, opts);
      } else if (c.repl) {
        const parent = new Module('<repl>');
        parent.paths = Module._nodeModulePaths(process.cwd());
        out.result = Module._resolveFilename(request, parent, false);
      } else {
        out.result = Module._resolveFilename(request, null, !!c.main);
      }
    } catch (e) {
      const err = { kind: kindOf(e), message: String(e.message).split('\nRequire stack:\n')[0] };
      if (e.code !== undefined) err.code = e.code;
      if (e.path !== undefined) err.path = e.path;
      if (e.requestPath !== undefined) err.requestPath = e.requestPath;
      if (Array.isArray(e.requireStack)) err.requireStack = true;
      out.error = err;
    }
    // process.emitWarning emits on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    if (warnings.length) out.warnings = warnings.splice(0);
    results.push(out);
  }
  process.stdout.write(JSON.stringify(results));
}

function copyTree(src, dst) {
  fs.mkdirSync(dst, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const name = ent.name === '_node_modules' ? 'node_modules' : ent.name;
    if (ent.isDirectory()) copyTree(path.join(src, ent.name), path.join(dst, name));
    else fs.copyFileSync(path.join(src, ent.name), path.join(dst, name));
  }
}

function jsonCase(s) {
  try {
    return { value: JSON.stringify(JSON.parse(s)) };
  } catch (e) {
    return { error: e.message };
  }
}

function main() {
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8'));
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gonode-modules-')));
  try {
    copyTree(path.join(__dirname, 'tree'), root);
    for (const [link, target] of Object.entries(spec.symlinks)) {
      fs.symlinkSync(target, path.join(root, link));
    }
    const bin = path.join(root, 'prefix', 'bin', 'node');
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    try {
      fs.linkSync(process.execPath, bin);
    } catch {
      fs.copyFileSync(process.execPath, bin);
      fs.chmodSync(bin, 0o755);
    }
    const out = {
      node: process.version,
      builtinModules: Module.builtinModules,
      groups: [],
      json: spec.json.map(jsonCase),
      jsonPrefixes: spec.jsonPrefixes.map((s) => {
        const cps = Array.from(s);
        return cps.map((_, i) => jsonCase(cps.slice(0, i).join('')));
      }),
      // Each code point of base replaced by each of subs, in that order.
      jsonMutations: spec.jsonMutations.map(({ base, subs }) => {
        const cps = Array.from(base);
        return cps.flatMap((_, i) => subs.map((sub) => jsonCase([...cps.slice(0, i), sub, ...cps.slice(i + 1)].join(''))));
      }),
      nodeModulePaths: spec.nodeModulePaths.map((p) => Module._nodeModulePaths(p)),
    };
    spec.groups.forEach((g, gi) => {
      const env = {};
      for (const [k, v] of Object.entries(g.env)) env[k] = v.split('<root>').join(root);
      const r = spawnSync(bin, [...g.flags, __filename, '--run', root, String(gi)], {
        cwd: path.join(root, g.cwd), env, encoding: 'utf8', maxBuffer: 64 << 20,
      });
      if (r.status !== 0) throw new Error(`group ${g.name} failed: ${r.stderr}`);
      out.groups.push({ name: g.name, results: JSON.parse(r.stdout) });
    });
    const text = JSON.stringify(out, null, 1).split(root).join('<root>') + '\n';
    if (process.argv.includes('--stdout')) process.stdout.write(text);
    else fs.writeFileSync(path.join(__dirname, 'expected.json'), text);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--run') {
  const spec = JSON.parse(fs.readFileSync(path.join(__dirname, 'cases.json'), 'utf8'));
  runGroup(process.argv[3], spec, Number(process.argv[4]));
} else {
  main();
}
