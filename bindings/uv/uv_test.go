package uv

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding/bindingtest"
	"github.com/gonode/gonode/loop"
)

func newVM(t *testing.T) *goja.Runtime { return bindingtest.New(t, "uv", Init) }

func run(t *testing.T, vm *goja.Runtime, src string) goja.Value { return bindingtest.Run(t, vm, src) }

// getErrorMap lists loop's table in its order, less the codes Node v20's
// libuv lacks, with loop's codes and messages.
func TestErrorMapFollowsLoopTable(t *testing.T) {
	vm := newVM(t)
	var want []string
	for _, e := range loop.Errnos() {
		if newerThanNode20[e.Code()] {
			continue
		}
		want = append(want, fmt.Sprintf("%d %s %s", int(e), e.Code(), e.Message()))
	}
	got := run(t, vm, `Array.from(uv.getErrorMap(), ([n, [c, m]]) => n + ' ' + c + ' ' + m).join('\n')`).String()
	if got != strings.Join(want, "\n") {
		t.Errorf("getErrorMap:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if len(want) != 84 {
		t.Errorf("Node v20 knows 84 codes, the map has %d", len(want))
	}
	if !run(t, vm, `uv.getErrorMap() !== uv.getErrorMap() && uv.getErrorMap() instanceof Map`).ToBoolean() {
		t.Error("getErrorMap should return a new Map each call")
	}
}

// Every code has its UV_ constant, errname and getErrorMessage agree with
// the table, and the UV_ keys come in table order.
func TestConstantsAndNames(t *testing.T) {
	vm := newVM(t)
	var keys []string
	for _, e := range Errnos() {
		keys = append(keys, "UV_"+e.Code())
		if got := run(t, vm, "uv.UV_"+e.Code()).ToInteger(); got != int64(e) {
			t.Errorf("UV_%s = %d, want %d", e.Code(), got, int(e))
		}
		src := fmt.Sprintf("uv.errname(%d) + '|' + uv.getErrorMessage(%d)", int(e), int(e))
		if got, want := run(t, vm, src).String(), e.Code()+"|"+e.Message(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
	got := run(t, vm, `Object.keys(uv).filter((k) => k.startsWith('UV_')).join(' ')`).String()
	if got != strings.Join(keys, " ") {
		t.Errorf("UV_ keys: %s\nwant %s", got, strings.Join(keys, " "))
	}
	if got := run(t, vm, `uv.UV_ENOENT + ' ' + uv.UV_EOF + ' ' + uv.UV_EAI_NONAME`).String(); got != fmt.Sprintf("%d -4095 -3008", int(loop.ENOENT)) {
		t.Errorf("constants: %s", got)
	}
}

func TestUnknownNumbers(t *testing.T) {
	vm := newVM(t)
	cases := map[string]string{
		"uv.errname(-99999)":         "Unknown system error -99999",
		"uv.getErrorMessage(-99999)": "Unknown system error -99999",
		"uv.errname(-4079)":          "Unknown system error -4079",
		// Node v20's libuv has no ENOEXEC.
		fmt.Sprintf("uv.errname(%d)", int(loop.ENOEXEC)):         fmt.Sprintf("Unknown system error %d", int(loop.ENOEXEC)),
		fmt.Sprintf("uv.getErrorMessage(%d)", int(loop.ENOEXEC)): fmt.Sprintf("Unknown system error %d", int(loop.ENOEXEC)),
		"'UV_ENOEXEC' in uv": "false",
	}
	for src, want := range cases {
		if got := run(t, vm, src).String(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
	if _, err := vm.RunString(`uv.errname('x')`); err == nil || !strings.Contains(err.Error(), "TypeError") {
		t.Errorf("errname('x') should throw a TypeError, got %v", err)
	}
}
