package host

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// runFile writes source to a temporary main.js, runs it as the main module and returns stdout,
// stderr, the exit code and the script's path.
func runFile(t testing.TB, source string, opts ...func(*Runtime)) (stdout, stderr string, code int, path string) {
	t.Helper()
	dir := t.TempDir()
	path = filepath.Join(dir, "main.js")
	if err := os.WriteFile(path, []byte(source), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	rt, err := New(WithStdout(&out), WithStderr(&errb), WithWorkingDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, o := range opts {
		o(rt)
	}
	code, err = rt.RunFile(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code, path
}

// checkOutput runs source and compares its stdout with want, where FILE stands for the
// script's path.
func checkOutput(t *testing.T, source, want string) {
	t.Helper()
	out, errs, code, path := runFile(t, source)
	if code != 0 {
		t.Fatalf("exit code %d, stderr:\n%s", code, errs)
	}
	want = strings.ReplaceAll(want, "FILE", path)
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
}

// TestGojaInternals fails when a goja upgrade moved the internals stack.go reads; stacks then
// lose receivers, `new` and exact throw sites (see gojaFrames).
func TestGojaInternals(t *testing.T) {
	if !gojaFrames.ok {
		t.Error("gojaFrames: goja's vm/context fields not found")
	}
	if !gojaErrorStack().ok {
		t.Error("dropGojaStack: goja's errorObject.stack not found")
	}
	if !gojaProgramFile().ok {
		t.Error("programFile: goja's StackFrame.prg / Program.src not found")
	}
}

func TestStackFormat(t *testing.T) {
	checkOutput(t, `const top = () => new Error('top'); console.log(top().stack.split('\n').slice(0, 3).join('\n'));
function foo() { return new Error('boom'); }
console.log(foo().stack.split('\n').slice(0, 3).join('\n'));
class Foo { constructor() { this.e = new Error('c'); } m() { return new Error('m'); } static s() { return new Error('s'); } }
console.log(new Foo().e.stack.split('\n')[1]);
console.log(new Foo().m().stack.split('\n')[1]);
console.log(Foo.s().stack.split('\n')[1]);
const o = { meth() { return new Error(); }, alias: function named() { return new Error(); } };
console.log(o.meth().stack.split('\n')[1]);
console.log(o.alias().stack.split('\n')[1]);
console.log([1].map(function () { return new Error(); })[0].stack.split('\n').slice(1, 4).join('\n'));
console.log(TypeError('t').stack.split('\n').slice(0, 2).join('\n'));
`, `Error: top
    at top (FILE:1:19)
    at Object.<anonymous> (FILE:1:49)
Error: boom
    at foo (FILE:2:25)
    at Object.<anonymous> (FILE:3:13)
    at new Foo (FILE:4:38)
    at Foo.m (FILE:4:69)
    at Foo.s (FILE:4:107)
    at Object.meth (FILE:8:29)
    at Object.named [as alias] (FILE:8:78)
    at FILE:11:42
    at Array.map (<anonymous>)
    at Object.<anonymous> (FILE:11:17)
TypeError: t
    at Object.<anonymous> (FILE:12:13)
`)
}

func TestStackSubclassAndIdentity(t *testing.T) {
	checkOutput(t, `class A extends Error { constructor(m) { super(m); this.name = 'A'; } }
class B extends A {}
function make() { return new B('q'); }
const e = make();
console.log(e.stack.split('\n').slice(0, 2).join('|'));
console.log(e instanceof B, e instanceof A, e instanceof Error, Object.prototype.toString.call(e));
let te; try { null.x; } catch (err) { te = err; }
console.log(te instanceof TypeError, te instanceof Error, te.constructor === TypeError);
console.log(Object.getPrototypeOf(TypeError) === Error, Error.prototype.constructor === Error, RangeError.prototype.constructor === RangeError);
console.log(String(Error), Error.name, Error.length, AggregateError.length, Object.getOwnPropertyNames(Error).join());
console.log(new AggregateError([1, 2], 'agg').errors.length, new Error('x', { cause: 7 }).cause);
`, `A: q|    at make (FILE:3:26)
true true true [object Error]
true true true
true true true
function Error() { [native code] } Error 1 2 length,name,prototype,captureStackTrace,prepareStackTrace,stackTraceLimit
2 7
`)
}

func TestStackProperty(t *testing.T) {
	checkOutput(t, `const e = new Error('a'); e.message = 'b';
console.log(e.stack.split('\n')[0]);
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
e.stack = 'replaced'; console.log(e.stack);
const f = new Error('f'); f.stack = 'early'; console.log(f.stack, Object.keys(f).length);
const g = new Error('g'); g.name = ''; console.log(JSON.stringify(g.stack.split('\n')[0]));
Error.stackTraceLimit = 0; console.log(JSON.stringify(new Error('z').stack));
Error.stackTraceLimit = 1; console.log(new Error('one').stack.split('\n').length);
Error.stackTraceLimit = 'x'; const u = new Error('u'); console.log(u.stack, 'stack' in u);
delete Error.stackTraceLimit; console.log(new Error('d').stack);
Error.stackTraceLimit = 10;
`, `Error: b
string true false true
replaced
early 0
"g"
"Error: z"
2
undefined true
undefined
`)
}

func TestCaptureStackTrace(t *testing.T) {
	checkOutput(t, `const o = {}; Error.captureStackTrace(o); console.log(o.stack.split('\n').slice(0, 2).join('|'));
const n = { name: 'N', message: 'M' }; Error.captureStackTrace(n); n.message = 'M2'; console.log(n.stack.split('\n')[0]);
function outer() { return inner(); }
function inner() { const x = {}; Error.captureStackTrace(x, outer); return x.stack; }
console.log(outer().split('\n')[1]);
function notOnStack() {}
const y = {}; Error.captureStackTrace(y, notOnStack); console.log(JSON.stringify(y.stack));
for (const v of [1, null]) { try { Error.captureStackTrace(v); } catch (err) { console.log(err.name, err.message); } }
try { Error.captureStackTrace(Object.freeze({})); } catch (err) { console.log(err.name, err.message); }
class E2 extends Error { constructor() { super('e2'); Error.captureStackTrace(this, E2); } }
function mk() { return new E2(); }
console.log(mk().stack.split('\n').slice(0, 2).join('|'));
`, `Error|    at Object.<anonymous> (FILE:1:21)
N: M2
    at Object.<anonymous> (FILE:5:13)
"Error"
TypeError invalid_argument
TypeError invalid_argument
TypeError Cannot define property stack, object is not extensible
Error: e2|    at mk (FILE:11:24)
`)
}

func TestPrepareStackTrace(t *testing.T) {
	checkOutput(t, `console.log(typeof Error.prepareStackTrace, Error.prepareStackTrace.name);
const saved = Error.prepareStackTrace;
Error.prepareStackTrace = function (err, sites) {
  return [this === Error, err.message, sites.length > 2].concat(sites.slice(0, 3).map((s) => [
    s.getFunctionName(), s.getTypeName(), s.getMethodName(), s.getFileName() === __filename,
    s.getLineNumber(), s.getColumnNumber(), s.isToplevel(), s.isConstructor(), s.isNative(),
    s.isEval(), s.isAsync(), String(s)].join())).join('\n');
};
function Ctor() { this.s = new Error('p').stack; }
const obj = { m() { return new Ctor().s; } };
console.log(obj.m());
Error.prepareStackTrace = (err, sites) => saved(err, sites.slice(0, 1));
console.log(new Error('chained').stack);
Error.prepareStackTrace = () => { throw new Error('from prepare'); };
try { new Error('x').stack; } catch (err) { console.log('threw', err.message); }
Error.prepareStackTrace = (err, sites) => sites[0];
const site = new Error().stack;
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(site)).join());
Error.prepareStackTrace = saved;
`, `function ErrorPrepareStackTrace
true
p
true
Ctor,,,true,9,28,false,true,false,false,false,new Ctor (FILE:9:28)
m,Object,m,true,10,28,false,false,false,false,false,Object.m (FILE:10:28)
,Object,,true,11,17,false,false,false,false,false,Object.<anonymous> (FILE:11:17)
Error: chained
    at Object.<anonymous> (FILE:13:13)
threw from prepare
constructor,getColumnNumber,getEnclosingColumnNumber,getEnclosingLineNumber,getEvalOrigin,getFileName,getFunction,getFunctionName,getLineNumber,getMethodName,getPosition,getPromiseIndex,getScriptNameOrSourceURL,getScriptHash,getThis,getTypeName,isAsync,isConstructor,isEval,isNative,isPromiseAll,isToplevel,toString
`)
}

func TestEvalAndScriptFrames(t *testing.T) {
	checkOutput(t, `console.log(eval('new Error()').stack.split('\n')[1]);
function outer() { return eval('(function inner() { return new Error() })()'); }
console.log(outer().stack.split('\n').slice(1, 3).join('\n'));
`, `    at eval (eval at <anonymous> (FILE:1:13), <anonymous>:1:1)
    at inner (eval at outer (FILE:2:27), <anonymous>:1:28)
    at eval (eval at outer (FILE:2:27), <anonymous>:1:42)
`)
	// A classic script (-e, RunScript) is not a module: no wrapper, top-level frames unnamed.
	var out bytes.Buffer
	rt, err := New(WithStdout(&out))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.RunScript(context.Background(), "[eval]", `function f() { return new Error("x") } console.log(f().stack.split('\n').slice(0, 3).join('\n'))`)
	want := "Error: x\n    at f ([eval]:1:23)\n    at [eval]:1:52\n"
	if out.String() != want {
		t.Errorf("script stack:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestAsyncFrames(t *testing.T) {
	checkOutput(t, `async function af() { await null; return new Error('a'); }
async function ag() { return await af(); }
ag().then((e) => console.log(e.stack.split('\n').slice(0, 3).join('\n')));
`, `Error: a
    at af (FILE:1:42)
    at async ag (FILE:2:30)
`)
}

func TestCaptureCallSites(t *testing.T) {
	out, errs, code, path := runFile(t, `function where() { return captureCallSites(0, 2); }
function caller() { return where(); }
console.log(JSON.stringify(caller()));
`, func(rt *Runtime) {
		b, err := rt.binding("errors")
		if err != nil {
			t.Fatal(err)
		}
		rt.vm.Set("captureCallSites", b.Get("captureCallSites"))
	})
	if code != 0 {
		t.Fatal(errs)
	}
	want := `[{"functionName":"where","scriptName":"FILE","scriptId":"0","lineNumber":1,"column":27,"columnNumber":27},` +
		`{"functionName":"caller","scriptName":"FILE","scriptId":"0","lineNumber":2,"column":28,"columnNumber":28}]` + "\n"
	if want = strings.ReplaceAll(want, "FILE", path); out != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}

// The uncaught-exception report: source line, caret at the throw, V8 stack.
func TestFatalReport(t *testing.T) {
	cases := []struct{ source, head string }{
		{"function foo() {\n  throw new Error('boom');\n}\nfoo();\n",
			"FILE:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at foo (FILE:2:9)\n    at Object.<anonymous> (FILE:4:1)\n"},
		{"const e = new RangeError('r');\ne.code = 'X';\nfunction f() {\n    throw e;\n}\nf();\n",
			"FILE:4\n    throw e;\n    ^\n\nRangeError: r\n    at Object.<anonymous> (FILE:1:11)\n"},
		{"function foo() {\n  let x = null; x.y;\n}\nfoo();\n",
			"FILE:2\n  let x = null; x.y;\n                  ^\n\nTypeError: Cannot read property 'y' of undefined\n    at foo (FILE:2:19)\n    at Object.<anonymous> (FILE:4:1)\n"},
		{"function r() { r(); }\nr();\n",
			"FILE:1\nfunction r() { r(); }\n               ^\n\nRangeError: Maximum call stack size exceeded\n" +
				strings.Repeat("    at r (FILE:1:16)\n", 10) + "\n"},
		{"  throw 'str';\n", "\nFILE:1\n  throw 'str';\n  ^\nstr\n"},
		{"class MyErr extends Error {\n  constructor(m) { super(m); this.name = 'MyErr'; }\n}\nthrow new MyErr('sub');\n",
			"FILE:4\nthrow new MyErr('sub');\n^\n\nMyErr: sub\n    at Object.<anonymous> (FILE:4:7)\n"},
		{"function f() {\n  return Promise.reject(new Error('x'));\n}\nf();\n",
			"FILE:2\n  return Promise.reject(new Error('x'));\n                        ^\n\nError: x\n    at f (FILE:2:25)\n"},
	}
	for _, c := range cases {
		_, errs, code, path := runFile(t, c.source)
		head := strings.ReplaceAll(c.head, "FILE", path)
		if code != 1 || !strings.HasPrefix(errs, head) {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant it to start with:\n%s", c.source, code, errs, head)
		}
	}
}

func TestReformatGojaStack(t *testing.T) {
	var out bytes.Buffer
	rt, err := New(WithStdout(&out))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	rt.sources["/m.js"] = "foo();\nbar.baz(1)\n"
	in := "TypeError: x is not a function\n" +
		"\tat f (/m.js:2:8(12))\n" +
		"\tat map (native)\n" +
		"\tat github.com/gonode/gonode/host.(*Runtime).fn.func1 (native)\n" +
		"\tat /m.js:1:" + strconv.Itoa(len(moduleWrapperHead)+1) + "(3)\n" +
		"\tat apply (native)\n" +
		"\tat node:internal/modules/cjs/loader:262:18(40)\n"
	// The loader frame's column is recomputed from the loader's current source,
	// so only its file and line are pinned here.
	want := "TypeError: x is not a function\n" +
		"    at f (/m.js:2:5)\n" +
		"    at map (<anonymous>)\n" +
		"    at Object.<anonymous> (/m.js:1:1)\n" +
		"    at node:internal/modules/cjs/loader:262:"
	if got := rt.reformatGojaStack(in); !strings.HasPrefix(got, want) || strings.Count(got, "\n") != strings.Count(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s<column>", got, want)
	}
	if got := rt.reformatGojaStack("Error: v8\n    at x (y:1:2)"); got != "Error: v8\n    at x (y:1:2)" {
		t.Errorf("a V8 stack was changed: %q", got)
	}
	if got := rt.reformatGojaStack("Error: none\n"); got != "Error: none" {
		t.Errorf("frameless goja stack: %q", got)
	}
}

func TestColumnHelpers(t *testing.T) {
	for _, c := range []struct {
		text     string
		col, out int
	}{
		{"  throw new Error('x');", 9, 3},
		{"throw  Error('x');", 8, 1},
		{"rethrow(new Error())", 9, 9},
		{"x = new Error()", 5, 5},
	} {
		if got := atThrow(c.text, c.col); got != c.out {
			t.Errorf("atThrow(%q, %d) = %d, want %d", c.text, c.col, got, c.out)
		}
	}
	st := newSourceText("", "é.foo(1); bar (2)\nmod()\n", 0)
	s := &stackSupport{r: &Runtime{sources: map[string]string{}}, sources: map[string]*sourceText{"x": st}}
	s.r.sources["x"] = ""
	st.raw = ""
	for _, c := range []struct{ line, col, want int }{
		{1, 7, 3},   // é.foo( → foo, counted in UTF-16 units
		{1, 16, 11}, // bar (2) → bar
		{2, 4, 1},   // mod()
		{2, 1, 1},
	} {
		if _, got := s.v8Position(nil, "x", c.line, c.col); got != c.want {
			t.Errorf("v8Position(%d:%d) col = %d, want %d", c.line, c.col, got, c.want)
		}
	}
	if !newSourceText("", "#!/usr/bin/env node\n// c\n/* d */ 'use strict';\n", 0).strict() {
		t.Error("'use strict' after a shebang and comments not found")
	}
	if newSourceText("", "'use asm'; x = 'use strict';", 0).strict() {
		t.Error("'use strict' outside the directive prologue counted")
	}
}

func BenchmarkNewError(b *testing.B) {
	var out bytes.Buffer
	rt, err := New(WithStdout(&out))
	if err != nil {
		b.Fatal(err)
	}
	defer rt.Close()
	rt.RunScript(context.Background(), "bench.js", `
function deep(n, f) { return n === 0 ? f() : deep(n - 1, f); }
globalThis.bench = function (n, f) { for (let i = 0; i < n; i++) deep(20, f); };
`)
	fn, _ := goja.AssertFunction(rt.vm.Get("bench"))
	for _, c := range []struct{ name, mk string }{
		{"object", "() => ({})"},
		{"Error", "() => new Error('x')"},
		{"Error+stack", "() => new Error('x').stack"},
		{"engine", "() => { try { null.x } catch (e) { return e } }"},
	} {
		mk, err := rt.vm.RunString(c.mk)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			fn(nil, rt.vm.ToValue(b.N), mk)
		})
	}
}
