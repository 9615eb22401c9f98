package host

import (
	"context"
	"testing"

	"github.com/dop251/goja"
)

// The timers and immediates run many callbacks per call from Go only because
// the host can tell when one left promise jobs behind (promiseJobsPending).
// If a goja upgrade hides the job queue, behaviour stays right but every
// timer becomes a top-level call again: this test makes that visible.
func TestPromiseJobsPendingIsDetected(t *testing.T) {
	if !jobQueueFound {
		t.Fatal("goja.Runtime has no jobQueue []func() field any more: promiseJobsPending always says true (slow path)")
	}
	r, out, errb := newTestRuntime(t)
	var seen []bool
	r.vm.Set("probe", func(goja.FunctionCall) goja.Value {
		seen = append(seen, r.promiseJobsPending())
		return goja.Undefined()
	})
	r.RunScript(context.Background(), "p.js", `
		setTimeout(() => {
			probe();                                   // false: nothing queued
			Promise.resolve().then(() => probe());     // a reaction job...
			probe();                                   // true
		}, 1);
		setTimeout(() => {
			probe();                                   // false
			new Promise((resolve) => resolve({ then(res) { res(); } })); // a thenable job
			probe();                                   // true
		}, 2);
		setTimeout(() => {
			probe();                                   // false
			queueMicrotask(() => {});
			probe();                                   // true
		}, 3);
	`)
	want := []bool{false, true, false, false, true, false, true}
	if len(seen) != len(want) {
		t.Fatalf("probes: got %v, want %v (stdout %q, stderr %q)", seen, want, out, errb)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("probes: got %v, want %v", seen, want)
		}
	}
}

// MakeCallback passes up to three arguments to the trampoline as they are
// and more in an array; either way fn sees exactly the arguments and
// receiver it was given.
func TestMakeCallbackArguments(t *testing.T) {
	r, _, errb := newTestRuntime(t)
	obj := r.vm.NewObject()
	obj.Set("name", "obj")
	vals := func(n int) []goja.Value {
		v := make([]goja.Value, n)
		for i := range v {
			v[i] = r.vm.ToValue(i + 1)
		}
		return v
	}
	cases := []struct {
		fn   string
		this goja.Value
		args []goja.Value
		want string
	}{
		{"f", goja.Undefined(), nil, "global 0 "},
		{"f", goja.Undefined(), vals(1), "global 1 1"},
		{"f", goja.Undefined(), vals(3), "global 3 1,2,3"},
		{"f", goja.Undefined(), vals(4), "global 4 1,2,3,4"},
		{"f", goja.Undefined(), vals(6), "global 6 1,2,3,4,5,6"},
		{"f", obj, nil, "obj 0 "},
		{"f", obj, vals(2), "obj 2 1,2"},
		{"f", obj, vals(5), "obj 5 1,2,3,4,5"},
		{"f", goja.Undefined(), []goja.Value{goja.Undefined(), goja.Null()}, "global 2 undefined,null"},
		{"f", goja.Undefined(), []goja.Value{nil, nil, nil, nil}, "global 4 undefined,undefined,undefined,undefined"},
		{"strictF", goja.Undefined(), vals(2), "undefined 2"},
		{"strictF", goja.Null(), nil, "null 0"},
	}
	// From the loop, as a binding would (after the main script, before exit).
	ran := 0
	r.Reserve()(func() {
		for _, c := range cases {
			ran++
			ret, ok := r.MakeCallback(r.vm.Get(c.fn), c.this, c.args...)
			if !ok {
				t.Errorf("%s with %d args threw: %s", c.fn, len(c.args), errb)
				continue
			}
			if got := r.vm.Get("got").String(); got != c.want {
				t.Errorf("%s(this=%v, %d args): got %q, want %q", c.fn, c.this, len(c.args), got, c.want)
			}
			if c.fn == "f" && ret.ToInteger() != int64(len(c.args)) {
				t.Errorf("f returned %v, want %d", ret, len(c.args))
			}
		}
	})
	r.RunScript(context.Background(), "m.js", `
		globalThis.f = function (...a) {
			const self = this === globalThis ? 'global' : this === undefined ? 'undefined' : this.name;
			globalThis.got = self + ' ' + arguments.length + ' ' + a.map(String).join(',');
			return a.length;
		};
		globalThis.strictF = function () { 'use strict'; globalThis.got = String(this) + ' ' + arguments.length; };
	`)
	if ran != len(cases) {
		t.Fatalf("ran %d of %d cases", ran, len(cases))
	}
}
