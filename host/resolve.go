package host

import (
	"os"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/host/modules"
)

// addResolver installs the CommonJS resolution functions on the modules
// binding: setBuiltins(names), resolve(request, parentFilename, parentId,
// parentPaths, paths, isMain) → filename, and takeWarnings(). Errors carry
// Node's constructor, code, message and (for "Cannot find module") a
// requireStack flag for the JavaScript side to complete.
func (r *Runtime) addResolver(b *goja.Object) {
	builtins := map[string]bool{}
	var warnings []modules.Warning
	res := modules.NewResolver(modules.OSFS{}, modules.Options{
		NodePath:  modules.ParseNodePath(r.cfg.env["NODE_PATH"]),
		Home:      r.cfg.env["HOME"],
		IsBuiltin: func(name string) bool { return builtins[name] },
		Getwd:     func() (string, error) { return r.cfg.cwd, nil },
		OnWarning: func(w modules.Warning) { warnings = append(warnings, w) },
	})
	b.Set("setBuiltins", r.fn(func(c goja.FunctionCall) goja.Value {
		var names []string
		r.vm.ExportTo(c.Argument(0), &names)
		for _, n := range names {
			builtins[n] = true
		}
		return goja.Undefined()
	}))
	b.Set("resolve", r.fn(func(c goja.FunctionCall) goja.Value {
		request := c.Argument(0).String()
		parent := optString(c.Argument(1))
		opts := modules.ResolveOptions{ParentID: optString(c.Argument(2)), IsMain: c.Argument(5).ToBoolean()}
		if v := c.Argument(3); !goja.IsUndefined(v) && !goja.IsNull(v) {
			r.vm.ExportTo(v, &opts.ParentPaths)
		}
		if v := c.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
			opts.Paths = []string{}
			r.vm.ExportTo(v, &opts.Paths)
		}
		file, err := res.Resolve(request, parent, opts)
		if err != nil {
			panic(r.resolveError(err))
		}
		return r.vm.ToValue(file)
	}))
	b.Set("takeWarnings", r.fn(func(goja.FunctionCall) goja.Value {
		out := make([]any, 0, len(warnings))
		for _, w := range warnings {
			out = append(out, map[string]any{"message": w.Message, "type": w.Type, "code": w.Code})
		}
		warnings = warnings[:0]
		return r.vm.ToValue(out)
	}))
	b.Set("jsonErrorMessage", r.fn(func(c goja.FunctionCall) goja.Value {
		// V8's wording for a JSON syntax error, which goja's JSON.parse lacks.
		if _, err := modules.ParseJSON([]byte(c.Argument(0).String())); err != nil {
			return r.vm.ToValue(err.Error())
		}
		return goja.Undefined()
	}))
	b.Set("setExtensions", r.fn(func(c goja.FunctionCall) goja.Value {
		var exts []string
		r.vm.ExportTo(c.Argument(0), &exts)
		res.SetExtensions(exts)
		return goja.Undefined()
	}))
}

func optString(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}

// resolveError turns a resolution failure into the JavaScript error Node throws.
func (r *Runtime) resolveError(err error) goja.Value {
	me, ok := err.(*modules.Error)
	if !ok {
		if os.IsNotExist(err) {
			me = &modules.Error{Kind: "Error", Code: "MODULE_NOT_FOUND", Message: err.Error()}
		} else {
			return r.vm.NewGoError(err)
		}
	}
	kind := me.Kind
	if kind == "" {
		kind = "Error"
	}
	ctor, ok := goja.AssertConstructor(r.vm.Get(kind))
	if !ok {
		return r.vm.NewGoError(err)
	}
	obj, cerr := ctor(nil, r.vm.ToValue(me.Message))
	if cerr != nil {
		return r.vm.NewGoError(err)
	}
	if me.Code != "" {
		obj.Set("code", me.Code)
	}
	if me.Path != "" {
		obj.Set("path", me.Path)
	}
	if me.RequestPath != "" {
		obj.Set("requestPath", me.RequestPath)
	}
	if me.RequireStack {
		obj.DefineDataProperty("__requireStack", r.vm.ToValue(true), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj
}
