package host

// V8-compatible error stacks on goja.
//
// goja formats err.stack its own way (a tab, a bytecode offset) and has no hook for it, so the
// host replaces the global error constructors (Error, TypeError, ... AggregateError) with native
// functions that share the intrinsic prototypes: instanceof, `class X extends Error` and errors the
// engine throws keep working. Each wrapper builds the intrinsic error, records the call stack
// (goja's CaptureCallStack plus each frame's callee, receiver and new.target, see gojaFrames) and
// installs `stack` as an accessor that formats V8's text on first read and then turns into a
// plain writable data property. On top of that: Error.captureStackTrace, Error.stackTraceLimit,
// Error.prepareStackTrace with CallSite objects, internalBinding('errors').captureCallSites for
// util.getCallSites, and the V8 rewriting of goja-format stacks and throw sites that the fatal
// error report uses.

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
	"github.com/gonode/gonode/host/jscache"
	"github.com/gonode/gonode/js"
)

func init() {
	hostBindingInits["errors"] = (*Runtime).newErrorsBinding
}

// defaultStackTraceLimit is V8's default Error.stackTraceLimit.
const defaultStackTraceLimit = 10

// errorConstructors are the globals that get V8 stacks, in the order they are wrapped (Error
// first: the others inherit from it).
var errorConstructors = []string{"Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"}

// stackSupport is one runtime's error stack machinery.
type stackSupport struct {
	r  *Runtime
	vm *goja.Runtime

	errorCtor      *goja.Object          // the global Error wrapper: holds stackTraceLimit and prepareStackTrace
	defaultPrepare goja.Value            // Error.prepareStackTrace as installed (V8's own formatting)
	errorToString  goja.Callable         // the intrinsic Error.prototype.toString: the stack header
	hidden         map[*goja.Object]bool // functions whose frames V8 does not show
	global         *goja.Object

	helpersTried bool          // js/internal/bootstrap/errors.js is loaded on first use
	describeFn   goja.Callable // its describe(receiver, fn, name)
	callSites    goja.Callable // its makeCallSites(records)

	formatting int // nesting of user prepareStackTrace calls (nested stacks use the default format)

	sources map[string]*sourceText // per-file line index for column fixes
	scratch []goja.StackFrame      // reused by capture
}

func (r *Runtime) stacks() *stackSupport { return r.stackSupport }

// installErrorStacks wraps the global error constructors and adds V8's stack API. It runs
// before any built-in module, so every module sees the wrappers.
func (r *Runtime) installErrorStacks() error {
	vm := r.vm
	s := &stackSupport{r: r, vm: vm, hidden: map[*goja.Object]bool{}, global: vm.GlobalObject(), sources: map[string]*sourceText{}}
	r.stackSupport = s

	intrinsic, ok := s.global.Get("Error").(*goja.Object)
	if !ok {
		return errorf("the engine has no Error constructor")
	}
	proto := intrinsic.Get("prototype").(*goja.Object)
	s.errorToString, _ = goja.AssertFunction(proto.Get("toString"))

	// Frames V8 never shows: Function.prototype.call/apply and Reflect.apply/construct are
	// builtins without frames there.
	if fp, ok := s.global.Get("Function").(*goja.Object); ok {
		if p, ok := fp.Get("prototype").(*goja.Object); ok {
			s.hide(p.Get("call"), p.Get("apply"))
		}
	}
	if refl, ok := s.global.Get("Reflect").(*goja.Object); ok {
		s.hide(refl.Get("apply"), refl.Get("construct"))
	}

	for _, name := range errorConstructors {
		intr, ok := s.global.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		w, err := s.wrapConstructor(name, intr)
		if err != nil {
			return err
		}
		if name == "Error" {
			s.errorCtor = w
		} else if err := w.SetPrototype(s.errorCtor); err != nil {
			return err
		}
		if err := s.global.DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}

	capture := s.native("captureStackTrace", 2, s.captureStackTrace)
	s.hidden[capture] = true
	s.defaultPrepare = s.native("ErrorPrepareStackTrace", 2, s.prepareStackTrace)
	for _, p := range []struct {
		name  string
		value goja.Value
		enum  goja.Flag
	}{
		{"captureStackTrace", capture, goja.FLAG_FALSE},
		{"prepareStackTrace", s.defaultPrepare, goja.FLAG_FALSE},
		{"stackTraceLimit", vm.ToValue(defaultStackTraceLimit), goja.FLAG_TRUE},
	} {
		if err := s.errorCtor.DefineDataProperty(p.name, p.value, goja.FLAG_TRUE, goja.FLAG_TRUE, p.enum); err != nil {
			return err
		}
	}
	return nil
}

func errorf(msg string) error { return errors.New("host: error stacks: " + msg) }

func (s *stackSupport) hide(fns ...goja.Value) {
	for _, f := range fns {
		if o, ok := f.(*goja.Object); ok {
			s.hidden[o] = true
		}
	}
}

// native makes a JS function with a proper name and length.
func (s *stackSupport) native(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := s.vm.ToValue(f).(*goja.Object)
	o.DefineDataProperty("name", s.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	o.DefineDataProperty("length", s.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// wrapConstructor makes the global `name`: a native constructor that builds the intrinsic error
// (with new.target passed through, so subclasses get their prototype) and gives it a V8 stack.
func (s *stackSupport) wrapConstructor(name string, intrinsic *goja.Object) (*goja.Object, error) {
	ctor, ok := goja.AssertConstructor(intrinsic)
	if !ok {
		return nil, errorf(name + " is not a constructor")
	}
	proto, ok := intrinsic.Get("prototype").(*goja.Object)
	if !ok {
		return nil, errorf(name + ".prototype is not an object")
	}
	var w *goja.Object
	w = s.vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		newTarget := call.NewTarget
		if newTarget == nil {
			newTarget = w
		}
		obj, err := ctor(newTarget, call.Arguments...)
		if err != nil {
			s.r.throwError(err)
		}
		dropGojaStack(obj)
		// V8 leaves out the frames of a subclass's constructors (everything up to the
		// call of new.target); here: the innermost frames constructing for new.target.
		var constructing *goja.Object
		if newTarget != w {
			constructing = newTarget
		}
		s.attachStack(obj, constructing)
		return obj
	}).(*goja.Object)
	length := 1
	if name == "AggregateError" {
		length = 2
	}
	w.DefineDataProperty("name", s.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	w.DefineDataProperty("length", s.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if err := w.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	if err := proto.DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return nil, err
	}
	s.hidden[w] = true
	return w, nil
}

// stackTraceLimit reads Error.stackTraceLimit; ok is false when it is not a number (V8 then
// records no stack at all).
func (s *stackSupport) stackTraceLimit() (limit int, ok bool) {
	v := s.errorCtor.Get("stackTraceLimit")
	if v == nil || !goja.IsNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0, true
	case f >= 1<<20:
		return 1 << 20, true
	}
	return int(f), true
}

// attachStack records the current stack for obj and installs the lazy `stack` property;
// frames constructing for newTarget (a subclass's constructors) are left out.
func (s *stackSupport) attachStack(obj *goja.Object, newTarget *goja.Object) {
	limit, ok := s.stackTraceLimit()
	if !ok {
		obj.DefineDataProperty("stack", goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return
	}
	frames := s.capture(limit, skipSpec{constructing: newTarget})
	s.defineLazyStack(obj, frames)
}

// defineLazyStack installs obj.stack as an accessor that formats frames on first read and then
// replaces itself with a writable data property; assigning replaces it too. One function is
// both getter and setter (a setter is called with an argument).
func (s *stackSupport) defineLazyStack(obj *goja.Object, frames []stackFrame) error {
	fn := s.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) > 0 {
			setStack(obj, call.Arguments[0])
			return goja.Undefined()
		}
		v := s.format(obj, frames)
		setStack(obj, v)
		return v
	})
	return obj.DefineAccessorProperty("stack", fn, fn, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func setStack(obj *goja.Object, v goja.Value) {
	obj.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// captureStackTrace is Error.captureStackTrace(obj[, constructorOpt]).
func (s *stackSupport) captureStackTrace(call goja.FunctionCall) goja.Value {
	obj, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(s.vm.NewTypeError("invalid_argument"))
	}
	limit, ok := s.stackTraceLimit()
	if !ok {
		if err := obj.DefineDataProperty("stack", goja.Undefined(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(s.vm.NewTypeError("Cannot define property stack, object is not extensible"))
		}
		return goja.Undefined()
	}
	until, _ := call.Argument(1).(*goja.Object)
	if until != nil {
		if _, isFn := goja.AssertFunction(until); !isFn {
			until = nil
		}
	}
	frames := s.capture(limit, skipSpec{until: until})
	dropGojaStack(obj)
	if err := s.defineLazyStack(obj, frames); err != nil {
		panic(s.vm.NewTypeError("Cannot define property stack, object is not extensible"))
	}
	return goja.Undefined()
}

// prepareStackTrace is the default Error.prepareStackTrace(error, callSites): Node's own
// formatting, for code that saves and chains it.
func (s *stackSupport) prepareStackTrace(call goja.FunctionCall) goja.Value {
	header, err := s.errorToString(call.Argument(0))
	if err != nil {
		s.r.throwError(err)
	}
	var b strings.Builder
	b.WriteString(header.String())
	if sites, ok := call.Argument(1).(*goja.Object); ok {
		n := int(sites.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			b.WriteString("\n    at ")
			b.WriteString(sites.Get(strconv.Itoa(i)).String())
		}
	}
	return s.vm.ToValue(b.String())
}

// format produces obj.stack: Error.prepareStackTrace's result when the user replaced it,
// otherwise V8's text. JavaScript exceptions (a throwing getter, prepareStackTrace) propagate.
func (s *stackSupport) format(obj *goja.Object, frames []stackFrame) goja.Value {
	if s.formatting == 0 {
		if pst := s.errorCtor.Get("prepareStackTrace"); pst != nil && pst != s.defaultPrepare {
			if fn, ok := goja.AssertFunction(pst); ok {
				s.formatting++
				defer func() { s.formatting-- }()
				v, err := fn(s.errorCtor, obj, s.makeCallSites(frames))
				if err != nil {
					s.r.throwError(err)
				}
				return v
			}
		}
	}
	header, err := s.errorToString(obj)
	if err != nil {
		s.r.throwError(err)
	}
	return s.vm.ToValue(s.render(header.String(), frames))
}

// render is header plus one "    at ..." line per frame.
func (s *stackSupport) render(header string, frames []stackFrame) string {
	var b strings.Builder
	b.WriteString(header)
	for i := range frames {
		b.WriteString("\n    at ")
		b.WriteString(s.frameText(frames, i, nil))
	}
	return b.String()
}

// ---------------------------------------------------------------------------------------------
// Capturing frames

// stackFrame is one recorded frame. callee, this and ctor come from the VM's internals when
// gojaFrames can read them; without them a frame is printed from its name and position only.
type stackFrame struct {
	sf       goja.StackFrame
	callee   *goja.Object
	this     goja.Value
	ctor     bool
	async    bool
	hasRecv  bool // callee/this were read from the VM
	isNative bool // a Go or engine builtin function, without a source position
}

// skipSpec says which frames above the interesting part of the stack to leave out, besides
// the hidden ones: with until, every frame up to and including the innermost call of until
// (none at all are kept when until is not on the stack — Error.captureStackTrace); with
// constructing, the innermost frames that construct an object for that new.target.
type skipSpec struct {
	until        *goja.Object
	constructing *goja.Object
}

// capture records up to limit frames of the running stack, innermost first, without the
// frames V8 would not show.
func (s *stackSupport) capture(limit int, skip skipSpec) []stackFrame {
	if limit <= 0 {
		return nil
	}
	if !gojaFrames.ok {
		return s.captureByName(limit, skip.until)
	}
	var out []stackFrame
	var indexBuf [16]int
	index := indexBuf[:0] // out[i] is the index[i]-th frame goja's CaptureCallStack reports
	seen := skip.until == nil
	constructing := skip.constructing != nil
	complete := true
	lowest := -1
	it := gojaFrames.frames(s.vm)
	for it.next() {
		f := &it.frame
		if !seen {
			seen = f.callee == skip.until
			continue
		}
		if s.isHidden(f) {
			continue
		}
		if constructing {
			if !f.native && f.newTarget == goja.Value(skip.constructing) && isConstructCall(f.newTarget, f.callee) {
				continue
			}
			constructing = false
		}
		if out == nil {
			out = make([]stackFrame, 0, min(limit, 16))
		}
		out = append(out, stackFrame{callee: f.callee, this: f.this, hasRecv: true, isNative: f.native,
			ctor: !f.native && isConstructCall(f.newTarget, f.callee)})
		index = append(index, it.n-1)
		lowest = f.callStackIndex
		if len(out) >= limit {
			complete = false
			break
		}
	}
	if !seen {
		return nil
	}
	// Positions come from goja's own capture, deep enough to reach the last picked frame (or
	// everything, with the async callers of the running async function, when the walk ended).
	depth := 0
	if !complete {
		depth = 1
		if lowest >= 0 {
			depth = it.total - lowest + 1
		}
	}
	sts := s.vm.CaptureCallStack(depth, s.scratch[:0])
	s.scratch = sts[:0]
	for i, k := range index {
		if k >= len(sts) {
			out = out[:i]
			break
		}
		out[i].sf = sts[k]
	}
	if complete {
		for i := it.n; i < len(sts) && len(out) < limit; i++ {
			out = append(out, stackFrame{sf: sts[i], async: true, isNative: sts[i].SrcName() == "<native>"})
		}
	}
	clear(sts)
	if cap(s.scratch) > 1024 {
		s.scratch = nil // do not keep a deep recursion's worth of frames
	}
	return out
}

// captureByName is capture for a goja whose internals gojaFrames cannot read: frames come
// from CaptureCallStack alone, until is matched by name and constructor frames stay.
func (s *stackSupport) captureByName(limit int, until *goja.Object) []stackFrame {
	sts := s.vm.CaptureCallStack(0, nil)
	start := 0
	if until != nil {
		name := until.Get("name").String()
		start = -1
		for i := range sts {
			if sts[i].FuncName() == name {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return nil
		}
	}
	var out []stackFrame
	for i := start; i < len(sts) && len(out) < limit; i++ {
		native := sts[i].SrcName() == "<native>"
		if native && hiddenNativeName(sts[i].FuncName()) {
			continue
		}
		out = append(out, stackFrame{sf: sts[i], isNative: native})
	}
	return out
}

// isHidden reports frames V8 has no frame for: the host's own functions and the error wrappers,
// call/apply, bound functions and Go functions bound by the host.
func (s *stackSupport) isHidden(f *vmFrame) bool {
	if !f.native {
		return false
	}
	if f.callee == nil {
		return true
	}
	if s.hidden[f.callee] {
		return true
	}
	name, _ := f.callee.Get("name").Export().(string)
	return hiddenNativeName(name)
}

// hiddenNativeName recognises Go functions bound with Runtime.ToValue (goja names them after
// the Go function: "github.com/x/y.(*T).m.func1") and bound functions.
func hiddenNativeName(name string) bool {
	if strings.HasPrefix(name, "bound ") {
		return true
	}
	if strings.HasPrefix(name, "[") {
		return false
	}
	return strings.ContainsAny(name, "./(")
}

// isConstructCall tells a `new F` frame from a frame that inherited a stale new.target (goja
// leaves the caller's new.target in place for ordinary calls): the callee must be new.target
// or one of the classes it extends.
func isConstructCall(newTarget goja.Value, callee *goja.Object) bool {
	nt, ok := newTarget.(*goja.Object)
	if !ok || callee == nil {
		return false
	}
	for o := nt; o != nil; o = o.Prototype() {
		if o == callee {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------------------------------------
// Rendering frames, V8's way

// frameInfo is what V8's CallSite API reports about a frame.
type frameInfo struct {
	functionName string // "" when anonymous
	typeName     string // receiver's constructor name (method calls only)
	shownType    string // the type printed before the name (a class for static methods)
	methodName   string
	toplevel     bool
	file         string // "" for builtins and eval code
	line, col    int    // V8's (1-based, UTF-16 columns); 0 when unknown
	evalOrigin   string // "eval at f (file:1:2)" for eval code
}

// evalFile is the name goja gives code from eval() and new Function().
const evalFile = "<eval>"

// info works out frames[i] the way V8 describes it (frames gives the neighbours: the caller
// of eval code is its origin).
func (s *stackSupport) info(frames []stackFrame, i int) frameInfo {
	f := &frames[i]
	var fi frameInfo
	fi.functionName = s.functionName(f)
	if !f.isNative {
		p := f.sf.Position()
		fi.file = p.Filename
		if fi.file == "" {
			fi.file = "<anonymous>"
		}
		fi.line, fi.col = s.v8Position(&f.sf, p.Filename, p.Line, p.Column)
		if f.async {
			// An async caller waits at its await, where V8 points.
			if st := s.frameSource(&f.sf, p.Filename); st != nil {
				if text, ok := st.line(fi.line); ok {
					fi.col = awaitColumn(text, fi.col)
				}
			}
		}
	}
	if fi.file == evalFile {
		// Eval code runs in its caller's frame (goja's callee and receiver are the caller's):
		// V8 names its top level "eval" and shows it as a plain call.
		fi.file = ""
		fi.toplevel = true
		switch name := f.sf.FuncName(); name {
		case "<anonymous>", "anonymous", "":
			fi.functionName = "eval"
		default:
			fi.functionName = name
		}
		fi.evalOrigin = "eval at <anonymous>"
		for j := i + 1; j < len(frames); j++ {
			if frames[j].sf.SrcName() == evalFile {
				continue
			}
			if !frames[j].isNative {
				origin := s.info(frames, j)
				name := origin.functionName
				if name == "" {
					name = "<anonymous>"
				}
				fi.evalOrigin = "eval at " + name + " (" + origin.location(false) + ")"
			}
			break
		}
		return fi
	}
	fi.toplevel = s.isToplevel(f)
	if f.hasRecv && !fi.toplevel && !f.ctor {
		fi.typeName, fi.methodName, fi.shownType = s.describe(f.this, f.callee, fi.functionName)
	}
	return fi
}

// functionName is V8's GetFunctionName: the function's `name` when it is a string, else the
// name goja compiled it with.
func (s *stackSupport) functionName(f *stackFrame) string {
	if f.callee != nil {
		if name, ok := f.callee.Get("name").Export().(string); ok && name != "" {
			return name
		}
	}
	switch name := f.sf.FuncName(); name {
	case "<anonymous>", "<native>":
		return ""
	default:
		return name
	}
}

// isToplevel is V8's IsToplevel: no receiver, or the global object. Frames without receiver
// information (async frames, a goja whose internals are unknown) count as top-level.
func (s *stackSupport) isToplevel(f *stackFrame) bool {
	if !f.hasRecv || f.this == nil || goja.IsUndefined(f.this) || goja.IsNull(f.this) {
		return true
	}
	o, ok := f.this.(*goja.Object)
	return ok && o == s.global
}

// describe asks errors.js for the receiver's type name and the property holding the function.
func (s *stackSupport) describe(this goja.Value, callee *goja.Object, name string) (typeName, methodName, shown string) {
	if !s.loadHelpers() {
		return "", "", ""
	}
	var fn goja.Value = goja.Undefined()
	if callee != nil {
		fn = callee
	}
	v, err := s.describeFn(goja.Undefined(), this, fn, s.vm.ToValue(name))
	if err != nil {
		return "", "", ""
	}
	arr, ok := v.(*goja.Object)
	if !ok {
		return "", "", ""
	}
	str := func(i string) string {
		x, _ := arr.Get(i).Export().(string)
		return x
	}
	return str("0"), str("1"), str("2")
}

// frameText is one frame as V8 prints it after "    at ". frames and i give the neighbours,
// used to name the module wrapper when receivers are unknown; fi may be precomputed.
func (s *stackSupport) frameText(frames []stackFrame, i int, fi *frameInfo) string {
	f := &frames[i]
	if fi == nil {
		x := s.info(frames, i)
		fi = &x
	}
	loc := fi.location(f.isNative)
	name := fi.functionName
	var b strings.Builder
	switch {
	case f.async:
		b.WriteString("async ")
		if name == "" {
			b.WriteString(loc)
			return b.String()
		}
		b.WriteString(name)
	case f.ctor:
		b.WriteString("new ")
		if name == "" {
			name = "<anonymous>"
		}
		b.WriteString(name)
	case !fi.toplevel:
		writeMethodCall(&b, fi)
	case name != "":
		b.WriteString(name)
	case !f.hasRecv && s.isModuleWrapper(frames, i):
		b.WriteString("Object.<anonymous>")
	default:
		return loc
	}
	b.WriteString(" (")
	b.WriteString(loc)
	b.WriteByte(')')
	return b.String()
}

// writeMethodCall is V8's "Type.name [as method]".
func writeMethodCall(b *strings.Builder, fi *frameInfo) {
	name, typ, method := fi.functionName, fi.shownType, fi.methodName
	if name != "" {
		// V8 adds the type only before a plain identifier: names such as "get x", "[sym]"
		// or an inferred "obj.f" are printed as they are.
		if typ != "" && isIdentifier(name) {
			b.WriteString(typ)
			b.WriteByte('.')
		}
		b.WriteString(name)
		if method != "" && name != method && !strings.HasSuffix(name, "."+method) {
			b.WriteString(" [as ")
			b.WriteString(method)
			b.WriteByte(']')
		}
		return
	}
	if typ != "" {
		b.WriteString(typ)
		b.WriteByte('.')
	}
	if method != "" {
		b.WriteString(method)
	} else {
		b.WriteString("<anonymous>")
	}
}

func (fi *frameInfo) location(native bool) string {
	if native {
		return "<anonymous>"
	}
	file := fi.file
	if fi.evalOrigin != "" {
		file = fi.evalOrigin + ", <anonymous>"
	}
	return file + ":" + strconv.Itoa(fi.line) + ":" + strconv.Itoa(fi.col)
}

func isIdentifier(s string) bool {
	for i, c := range s {
		switch {
		case c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return s != ""
}

// isModuleWrapper recognises, without receiver information, a CommonJS module's outermost
// function: anonymous, in a user module, called by the CommonJS loader.
func (s *stackSupport) isModuleWrapper(frames []stackFrame, i int) bool {
	f := &frames[i]
	if f.isNative || s.functionName(f) != "" {
		return false
	}
	if _, ok := s.r.sources[f.sf.SrcName()]; !ok {
		return false
	}
	for j := i + 1; j < len(frames); j++ {
		if frames[j].isNative {
			continue
		}
		return frames[j].sf.SrcName() == "node:internal/modules/cjs/loader"
	}
	return false
}

// ---------------------------------------------------------------------------------------------
// CallSite objects and util.getCallSites

func (s *stackSupport) loadHelpers() bool {
	if !s.helpersTried {
		s.helpersTried = true
		if v, err := s.r.requireBuiltin("internal/bootstrap/errors"); err == nil {
			if exp, ok := v.(*goja.Object); ok {
				s.describeFn, _ = goja.AssertFunction(exp.Get("describe"))
				s.callSites, _ = goja.AssertFunction(exp.Get("makeCallSites"))
			}
		}
	}
	return s.describeFn != nil && s.callSites != nil
}

// makeCallSites builds the CallSite array passed to Error.prepareStackTrace.
func (s *stackSupport) makeCallSites(frames []stackFrame) goja.Value {
	records := make([]any, len(frames))
	for i := range frames {
		f := &frames[i]
		fi := s.info(frames, i)
		rec := s.vm.NewObject()
		// V8 hides the receiver and the function of strict code: built-in modules, and
		// here any file that starts with a 'use strict' directive.
		strict := f.isNative || strings.HasPrefix(fi.file, "node:")
		if !strict && fi.file != "" {
			if st := s.frameSource(&f.sf, f.sf.SrcName()); st != nil {
				strict = st.strict()
			}
		}
		if f.hasRecv && !strict && f.this != nil {
			rec.Set("receiver", f.this)
		} else {
			rec.Set("receiver", goja.Undefined())
		}
		if f.callee != nil && !strict {
			rec.Set("function", f.callee)
		} else {
			rec.Set("function", goja.Undefined())
		}
		rec.Set("functionName", nullIfEmpty(s.vm, fi.functionName))
		rec.Set("typeName", nullIfEmpty(s.vm, fi.typeName))
		rec.Set("methodName", nullIfEmpty(s.vm, fi.methodName))
		switch {
		case f.isNative:
			rec.Set("fileName", goja.Null())
		case fi.file == "":
			rec.Set("fileName", goja.Undefined())
		default:
			rec.Set("fileName", fi.file)
		}
		if f.isNative {
			rec.Set("lineNumber", goja.Null())
			rec.Set("columnNumber", goja.Null())
		} else {
			rec.Set("lineNumber", fi.line)
			rec.Set("columnNumber", fi.col)
		}
		if fi.evalOrigin != "" {
			rec.Set("evalOrigin", fi.evalOrigin)
		} else {
			rec.Set("evalOrigin", goja.Undefined())
		}
		rec.Set("isToplevel", fi.toplevel)
		rec.Set("isConstructor", f.ctor)
		rec.Set("isAsync", f.async)
		rec.Set("text", s.frameText(frames, i, &fi))
		records[i] = rec
	}
	arr := s.vm.NewArray(records...)
	if !s.loadHelpers() {
		return arr
	}
	v, err := s.callSites(goja.Undefined(), arr)
	if err != nil {
		s.r.throwError(err)
	}
	return v
}

func nullIfEmpty(vm *goja.Runtime, s string) goja.Value {
	if s == "" {
		return goja.Null()
	}
	return vm.ToValue(s)
}

// captureCallSites(skip, count) returns util.getCallSites' objects for the caller's stack:
// skip frames above it are left out, count (default 10) frames are returned.
func (s *stackSupport) captureCallSites(call goja.FunctionCall) goja.Value {
	skip := int(call.Argument(0).ToInteger())
	if skip < 0 {
		skip = 0
	}
	count := defaultStackTraceLimit
	if c := call.Argument(1); !goja.IsUndefined(c) {
		count = int(c.ToInteger())
	}
	if count < 0 {
		count = 0
	}
	frames := s.capture(skip+count, skipSpec{})
	if skip >= len(frames) {
		return s.vm.NewArray()
	}
	frames = frames[skip:]
	out := make([]any, len(frames))
	for i := range frames {
		fi := s.info(frames, i)
		o := s.vm.NewObject()
		o.Set("functionName", fi.functionName)
		o.Set("scriptName", fi.file)
		o.Set("scriptId", "0")
		o.Set("lineNumber", fi.line)
		o.Set("column", fi.col)
		o.Set("columnNumber", fi.col)
		out[i] = o
	}
	return s.vm.NewArray(out...)
}

// newErrorsBinding builds internalBinding('errors').
func (r *Runtime) newErrorsBinding() *goja.Object {
	b := r.vm.NewObject()
	s := r.stacks()
	if s != nil {
		f := s.native("captureCallSites", 2, s.captureCallSites)
		s.hidden[f] = true
		b.Set("captureCallSites", f)
	}
	b.Set("reformatStack", r.fn(func(c goja.FunctionCall) goja.Value {
		return r.vm.ToValue(r.reformatGojaStack(c.Argument(0).String()))
	}))
	return b
}

// ---------------------------------------------------------------------------------------------
// Positions: goja's columns to V8's

// sourceText is a file's text with its line starts, for column fixes and report excerpts.
type sourceText struct {
	raw     string // as registered (to notice a recompiled module)
	text    string
	starts  []int
	wrapper int // columns the module wrapper adds to line 1
}

var builtinSources sync.Map // "node:id" → *sourceText

// frameSource is source for a frame's position: also the compiled text of scripts and eval
// code, which the host does not register.
func (s *stackSupport) frameSource(sf *goja.StackFrame, file string) *sourceText {
	if st := s.source(file); st != nil || sf == nil {
		return st
	}
	f := programFile(sf)
	if f == nil || f.Name() != file {
		return nil
	}
	src := f.Source()
	if st := s.sources[file]; st != nil && st.raw == src {
		return st
	}
	st := newSourceText(src, src, 0)
	s.sources[file] = st
	return st
}

// source returns the text behind positions in file: a user module's source or a built-in's.
func (s *stackSupport) source(file string) *sourceText {
	if src, ok := s.r.sources[file]; ok {
		if st := s.sources[file]; st != nil && st.raw == src {
			return st
		}
		st := newSourceText(src, strings.TrimPrefix(src, "\uFEFF"), len(moduleWrapperHead))
		s.sources[file] = st
		return st
	}
	if strings.HasPrefix(file, "node:") {
		if st, ok := builtinSources.Load(file); ok {
			return st.(*sourceText)
		}
		b, err := fs.ReadFile(js.FS, strings.TrimPrefix(file, "node:")+".js")
		if err != nil {
			return nil
		}
		st, _ := builtinSources.LoadOrStore(file, newSourceText("", string(b), len(jscache.WrapperHead)))
		return st.(*sourceText)
	}
	return nil
}

// strict reports whether the text starts with a 'use strict' directive.
func (st *sourceText) strict() bool {
	t := st.text
	for {
		t = strings.TrimLeft(t, " \t\r\n;")
		switch {
		case strings.HasPrefix(t, "//"):
			if i := strings.IndexByte(t, '\n'); i >= 0 {
				t = t[i:]
				continue
			}
			return false
		case strings.HasPrefix(t, "/*"):
			if i := strings.Index(t, "*/"); i >= 0 {
				t = t[i+2:]
				continue
			}
			return false
		case strings.HasPrefix(t, "#!") && len(t) == len(st.text):
			if i := strings.IndexByte(t, '\n'); i >= 0 {
				t = t[i:]
				continue
			}
			return false
		}
		if t == "" || t[0] != '\'' && t[0] != '"' {
			return false
		}
		end := strings.IndexByte(t[1:], t[0])
		if end < 0 {
			return false
		}
		if t[1:1+end] == "use strict" {
			return true
		}
		t = t[end+2:]
	}
}

func newSourceText(raw, text string, wrapper int) *sourceText {
	st := &sourceText{raw: raw, text: text, wrapper: wrapper, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			st.starts = append(st.starts, i+1)
		}
	}
	return st
}

// line returns line n (1-based) without its line terminator.
func (st *sourceText) line(n int) (string, bool) {
	if n < 1 || n > len(st.starts) {
		return "", false
	}
	end := len(st.text)
	if n < len(st.starts) {
		end = st.starts[n] - 1
	}
	return strings.TrimRight(st.text[st.starts[n-1]:end], "\r"), true
}

// v8Position converts goja's position to V8's: line 1 without the module wrapper's prefix,
// columns in UTF-16 units, and a call's column moved from goja's "(" to the callee's last
// identifier ("foo" in foo(), "bar" in a.bar()), where V8 puts it.
func (s *stackSupport) v8Position(sf *goja.StackFrame, file string, line, col int) (int, int) {
	if s.r.lowered[file] {
		// goja maps positions of a lowered file through its source map, whose
		// columns are 0-based.
		col++
	}
	st := s.frameSource(sf, file)
	if st == nil {
		return line, col
	}
	text, ok := st.line(line)
	if !ok {
		return line, col
	}
	b := col - 1
	if line == 1 {
		b -= st.wrapper
	}
	b = max(0, min(b, len(text)))
	if b < len(text) && text[b] == '(' {
		j := b
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		k := j
		for k > 0 && isIdentByte(text[k-1]) {
			k--
		}
		if k < j && !(text[k] >= '0' && text[k] <= '9') {
			b = k
		}
	}
	return line, utf16Len(text[:b]) + 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// ---------------------------------------------------------------------------------------------
// goja's format, rewritten

var (
	gojaFrameRe  = lazyRegexp(`^(?:(.*) \()?(.*):(\d+):(\d+)\(\d+\)\)?$`)
	gojaNativeRe = lazyRegexp(`^(?:(.*) \()?native\)?$`)
)

// isGojaStack recognises a stack string in goja's own format (errors the engine made).
func isGojaStack(s string) bool {
	return strings.Contains(s, "\n\tat ") || strings.HasSuffix(s, "\n") && !strings.Contains(s, "\n    at ")
}

// reformatGojaStack rewrites a stack in goja's format ("\tat f (file:1:2(34))") into V8's
// ("    at f (file:1:2)"): bytecode offsets dropped, columns as V8 counts them, the host's
// native frames left out, builtins as "(<anonymous>)" and the module wrapper as
// Object.<anonymous>. Other text is returned unchanged.
func (r *Runtime) reformatGojaStack(stack string) string {
	if !isGojaStack(stack) {
		return stack
	}
	s := r.stacks()
	stack = strings.TrimSuffix(stack, "\n")
	header, rest, _ := strings.Cut(stack, "\n\tat ")
	type parsed struct {
		name, file string
		line, col  int
		native     bool
	}
	var frames []parsed
	if rest != "" {
		for _, ln := range strings.Split(rest, "\n\tat ") {
			if m := gojaNativeRe().FindStringSubmatch(ln); m != nil {
				if hiddenNativeName(m[1]) || m[1] == "call" || m[1] == "apply" {
					continue
				}
				frames = append(frames, parsed{name: m[1], native: true})
				continue
			}
			if m := gojaFrameRe().FindStringSubmatch(ln); m != nil {
				line, _ := strconv.Atoi(m[3])
				col, _ := strconv.Atoi(m[4])
				if s != nil {
					line, col = s.v8Position(nil, m[2], line, col)
				}
				frames = append(frames, parsed{name: m[1], file: m[2], line: line, col: col})
			}
		}
	}
	var b strings.Builder
	b.WriteString(header)
	for i, f := range frames {
		b.WriteString("\n    at ")
		loc := "<anonymous>"
		if !f.native {
			loc = f.file + ":" + strconv.Itoa(f.line) + ":" + strconv.Itoa(f.col)
		}
		name := f.name
		if name == "" && !f.native && i+1 < len(frames) && frames[i+1].file == "node:internal/modules/cjs/loader" {
			if _, ok := r.sources[f.file]; ok {
				name = "Object.<anonymous>"
			}
		}
		if name == "" {
			b.WriteString(loc)
			continue
		}
		b.WriteString(name + " (" + loc + ")")
	}
	return b.String()
}

// v8ifyStack gives an error the engine made (goja format) V8's format, in place, so that
// 'uncaughtException' handlers and the fatal report see it. JavaScript exceptions while
// reading the stack are swallowed.
// It reports whether value was such an error.
func (r *Runtime) v8ifyStack(value goja.Value) (engineMade bool) {
	o, ok := value.(*goja.Object)
	if !ok || o.ClassName() != "Error" {
		return false
	}
	r.vm.Try(func() {
		str, ok := o.Get("stack").Export().(string)
		if ok && isGojaStack(str) {
			engineMade = true
			setStack(o, r.vm.ToValue(r.reformatGojaStack(str)))
		}
	})
	return engineMade
}

// overflowStack gives the RangeError that reports a stack overflow the frames of the
// overflowing stack (goja unwound it before the host could make the error).
func (r *Runtime) overflowStack(value goja.Value, sts []goja.StackFrame) {
	s := r.stacks()
	o, ok := value.(*goja.Object)
	if s == nil || !ok {
		return
	}
	limit, ok := s.stackTraceLimit()
	if !ok {
		return
	}
	var frames []stackFrame
	for i := 0; i < len(sts) && len(frames) < limit; i++ {
		native := sts[i].SrcName() == "<native>"
		if native && hiddenNativeName(sts[i].FuncName()) {
			continue
		}
		frames = append(frames, stackFrame{sf: sts[i], isNative: native})
	}
	s.defineLazyStack(o, frames)
}

// ---------------------------------------------------------------------------------------------
// Throw sites for the uncaught-exception report

var stackFrameLocRe = lazyRegexp(`^    at (?:.* \()?(.+):(\d+):(\d+)\)?$`)

// errorSite is where an Error object's V8 stack says it was made (its first frame).
func (r *Runtime) errorSite(value goja.Value) (file string, line, col int) {
	o, ok := value.(*goja.Object)
	if !ok || o.ClassName() != "Error" {
		return "", 0, 0
	}
	var stack string
	r.vm.Try(func() {
		stack, _ = o.Get("stack").Export().(string)
	})
	for _, ln := range strings.Split(stack, "\n") {
		if !strings.HasPrefix(ln, "    at ") {
			continue
		}
		m := stackFrameLocRe().FindStringSubmatch(ln)
		if m == nil {
			return "", 0, 0
		}
		line, _ = strconv.Atoi(m[2])
		col, _ = strconv.Atoi(m[3])
		return m[1], line, col
	}
	return "", 0, 0
}

// exceptionSite is the first position in goja's stack of an exception, as V8 counts it.
func (r *Runtime) exceptionSite(sts []goja.StackFrame) (file string, line, col int) {
	for i := range sts {
		if sts[i].SrcName() == "<native>" {
			continue
		}
		p := sts[i].Position()
		if p.Filename == "" {
			return "", 0, 0
		}
		line, col = p.Line, p.Column
		if s := r.stacks(); s != nil {
			line, col = s.v8Position(&sts[i], p.Filename, line, col)
		}
		return p.Filename, line, col
	}
	return "", 0, 0
}

// sourceLine is line n of file as the report shows it: a module's registered source, or the
// file on disk.
func (r *Runtime) sourceLine(file string, n int) (string, bool) {
	if s := r.stacks(); s != nil {
		if st := s.source(file); st != nil {
			return st.line(n)
		}
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	return newSourceText("", strings.TrimPrefix(string(b), "\uFEFF"), 0).line(n)
}

// atThrow moves a column that points into `throw <expr>` (an error made where it is thrown)
// to the throw keyword, where V8's report points.
func atThrow(text string, col int) int { return atKeyword(text, col, "throw") }

// awaitColumn is where V8 places a suspended async function: its await. goja's position is
// the awaited call or, for `x = await f()`, the assignment: look back, then ahead on the line.
func awaitColumn(text string, col int) int {
	if c := atKeyword(text, col, "await"); c != col {
		return c
	}
	b := byteIndex(text, col-1)
	for i := b; i+5 <= len(text); i++ {
		if strings.HasPrefix(text[i:], "await") && (i == 0 || !isIdentByte(text[i-1])) &&
			(i+5 == len(text) || !isIdentByte(text[i+5])) {
			return utf16Len(text[:i]) + 1
		}
	}
	return col
}

// atKeyword returns the column of keyword when it directly precedes col on the line, else col.
func atKeyword(text string, col int, keyword string) int {
	b := byteIndex(text, col-1)
	before := strings.TrimRight(text[:b], " \t")
	if !strings.HasSuffix(before, keyword) {
		return col
	}
	k := len(before) - len(keyword)
	if k > 0 && isIdentByte(before[k-1]) {
		return col
	}
	return utf16Len(text[:k]) + 1
}

// byteIndex is the byte offset of the UTF-16 offset u in s (clamped to len(s)).
func byteIndex(s string, u int) int {
	n := 0
	for i, r := range s {
		if n >= u {
			return i
		}
		n += utf16.RuneLen(r)
	}
	return len(s)
}

// caretLine is the padding before the report's "^": a tab for each tab, else a space.
func caretLine(text string, col int) string {
	b := byteIndex(text, col-1)
	var sb strings.Builder
	for _, r := range text[:b] {
		if r == '\t' {
			sb.WriteByte('\t')
		} else {
			sb.WriteByte(' ')
		}
	}
	return sb.String()
}

// ---------------------------------------------------------------------------------------------
// goja internals: each frame's callee, receiver and new.target

// gojaFrames reads, for every frame of the running stack, what V8 knows and goja's StackFrame
// does not expose: the function called (for captureStackTrace's constructorOpt and `new F`),
// its receiver (for "Type.method") and new.target. goja keeps them in its VM: a frame's callee
// sits at stack[sb-1], the receiver of a JavaScript frame at stack[sb] and of a native one at
// stack[sb-2]. The field offsets are looked up by name and type when the package starts; if this
// goja version has different internals, ok is false and frames are printed from their names and
// positions alone (TestGojaFramesLayout fails, so an upgrade cannot break this silently).
var gojaFrames = probeGojaFrames()

type gojaLayout struct {
	ok                          bool
	vm                          uintptr // Runtime.vm
	prg, sb, newTarget          uintptr // vm's running frame
	stack, callStack            uintptr // vm.stack ([]Value), vm.callStack ([]context)
	ctxSize                     uintptr
	ctxPrg, ctxSb, ctxNewTarget uintptr // in a context
}

// vmFrame is one frame found by walk.
type vmFrame struct {
	callStackIndex int // index in vm.callStack of the saved frame; -1 for the running one
	native         bool
	callee         *goja.Object
	this           goja.Value
	newTarget      goja.Value
}

func probeGojaFrames() (l gojaLayout) {
	prgT := reflect.TypeOf((*goja.Program)(nil))
	valT := reflect.TypeOf((*goja.Value)(nil)).Elem()
	intT := reflect.TypeOf(0)
	field := func(t reflect.Type, name string, want func(reflect.Type) bool, off *uintptr) bool {
		f, ok := t.FieldByName(name)
		if !ok || !want(f.Type) {
			return false
		}
		*off = f.Offset
		return true
	}
	is := func(want reflect.Type) func(reflect.Type) bool { return func(t reflect.Type) bool { return t == want } }
	rt := reflect.TypeOf(goja.Runtime{})
	f, ok := rt.FieldByName("vm")
	if !ok || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
		return l
	}
	l.vm = f.Offset
	vmT := f.Type.Elem()
	sliceOf := func(elem func(reflect.Type) bool) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t.Kind() == reflect.Slice && elem(t.Elem()) }
	}
	isStruct := func(t reflect.Type) bool { return t.Kind() == reflect.Struct }
	if !field(vmT, "prg", is(prgT), &l.prg) || !field(vmT, "sb", is(intT), &l.sb) ||
		!field(vmT, "newTarget", is(valT), &l.newTarget) || !field(vmT, "stack", sliceOf(is(valT)), &l.stack) ||
		!field(vmT, "callStack", sliceOf(isStruct), &l.callStack) {
		return l
	}
	cs, _ := vmT.FieldByName("callStack")
	ctxT := cs.Type.Elem()
	l.ctxSize = ctxT.Size()
	if !field(ctxT, "prg", is(prgT), &l.ctxPrg) || !field(ctxT, "sb", is(intT), &l.ctxSb) ||
		!field(ctxT, "newTarget", is(valT), &l.ctxNewTarget) {
		return l
	}
	l.ok = true
	return l
}

// frameIter walks a runtime's stack, innermost frame first, skipping the entries goja's
// CaptureCallStack skips, so that the n-th frame matches its n-th StackFrame.
type frameIter struct {
	l     *gojaLayout
	vm    unsafe.Pointer
	stack []goja.Value
	cs    unsafe.Pointer // vm.callStack's array
	i     int            // next callStack index to visit; len(callStack) → the running frame
	total int            // len(vm.callStack)
	n     int            // frames reported so far
	frame vmFrame
}

// frames starts a walk of rt's stack. Only call it on the runtime's goroutine, and finish
// the walk before running any JavaScript.
func (l *gojaLayout) frames(rt *goja.Runtime) frameIter {
	it := frameIter{l: l, i: -1}
	if !l.ok || rt == nil {
		return it
	}
	vm := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(rt), l.vm))
	if vm == nil {
		return it
	}
	type sliceHeader struct {
		data     unsafe.Pointer
		len, cap int
	}
	cs := *(*sliceHeader)(unsafe.Add(vm, l.callStack))
	it.vm, it.stack, it.cs, it.total, it.i = vm, *(*[]goja.Value)(unsafe.Add(vm, l.stack)), cs.data, cs.len, cs.len
	return it
}

func (it *frameIter) at(i int) goja.Value {
	if i < 0 || i >= len(it.stack) {
		return nil
	}
	return it.stack[i]
}

// next moves to the next frame; false at the end of the stack.
func (it *frameIter) next() bool {
	l := it.l
	for it.i >= 0 {
		var prg *goja.Program
		var sb int
		var newTarget goja.Value
		if it.i == it.total {
			prg = *(**goja.Program)(unsafe.Add(it.vm, l.prg))
			sb = *(*int)(unsafe.Add(it.vm, l.sb))
			newTarget = *(*goja.Value)(unsafe.Add(it.vm, l.newTarget))
		} else {
			c := unsafe.Add(it.cs, uintptr(it.i)*l.ctxSize)
			prg = *(**goja.Program)(unsafe.Add(c, l.ctxPrg))
			sb = *(*int)(unsafe.Add(c, l.ctxSb))
			newTarget = *(*goja.Value)(unsafe.Add(c, l.ctxNewTarget))
		}
		index := it.i
		if index == it.total {
			index = -1
		}
		it.i--
		if prg == nil && sb <= 0 {
			continue
		}
		f := vmFrame{callStackIndex: index, native: prg == nil, newTarget: newTarget}
		f.callee, _ = it.at(sb - 1).(*goja.Object)
		if f.native {
			f.this = it.at(sb - 2)
		} else {
			f.this = it.at(sb)
		}
		it.frame = f
		it.n++
		return true
	}
	return false
}

// dropGojaStack empties the call stack goja recorded inside an error object when it was made.
// The host keeps its own frames; without goja's, goja records the stack at `throw` instead (so
// the uncaught-exception report points at the throw statement, as V8's does, even for a
// rethrown error) and its own `stack` text, which defining ours makes it format, stays short.
// Like gojaFrames, this reads goja's internals, found by name and type; when they are not
// found, errors keep goja's stack and reports point at their creation site.
func dropGojaStack(o *goja.Object) {
	l := gojaErrorStack()
	if !l.ok || o == nil {
		return
	}
	self := reflect.ValueOf(o).Elem().FieldByIndex(l.self)
	if self.IsNil() {
		return
	}
	e := self.Elem()
	if e.Type() != l.errType || e.IsNil() {
		return
	}
	f := e.Elem().FieldByIndex(l.stack)
	*(*[]goja.StackFrame)(unsafe.Pointer(f.UnsafeAddr())) = nil
}

type errorStackLayout struct {
	ok      bool
	self    []int        // Object.self
	errType reflect.Type // *errorObject
	stack   []int        // errorObject.stack
}

var gojaErrorStack = sync.OnceValue(func() (l errorStackLayout) {
	sample := goja.New().NewTypeError("probe")
	v := reflect.ValueOf(sample).Elem()
	f, ok := v.Type().FieldByName("self")
	if !ok || f.Type.Kind() != reflect.Interface {
		return l
	}
	self := v.FieldByIndex(f.Index)
	if self.IsNil() || self.Elem().Kind() != reflect.Pointer || self.Elem().Elem().Kind() != reflect.Struct {
		return l
	}
	et := self.Elem().Type()
	sf, ok := et.Elem().FieldByName("stack")
	if !ok || sf.Type != reflect.TypeOf([]goja.StackFrame(nil)) {
		return l
	}
	return errorStackLayout{ok: true, self: f.Index, errType: et, stack: sf.Index}
})

// programFile is the compiled source behind a frame (goja keeps it in the frame's unexported
// Program), found like gojaFrames' fields; nil when unknown.
func programFile(sf *goja.StackFrame) *file.File {
	l := gojaProgramFile()
	if !l.ok {
		return nil
	}
	prg := *(**goja.Program)(unsafe.Add(unsafe.Pointer(sf), l.prg))
	if prg == nil {
		return nil
	}
	return *(**file.File)(unsafe.Add(unsafe.Pointer(prg), l.src))
}

var gojaProgramFile = sync.OnceValue(func() (l struct {
	ok       bool
	prg, src uintptr
}) {
	pf, ok := reflect.TypeOf(goja.StackFrame{}).FieldByName("prg")
	if !ok || pf.Type != reflect.TypeOf((*goja.Program)(nil)) {
		return l
	}
	sf, ok := reflect.TypeOf(goja.Program{}).FieldByName("src")
	if !ok || sf.Type != reflect.TypeOf((*file.File)(nil)) {
		return l
	}
	l.ok, l.prg, l.src = true, pf.Offset, sf.Offset
	return l
})
