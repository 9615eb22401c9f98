package os

import (
	"net"
	"strings"
	"testing"

	"github.com/gonode/gonode/bindings/binding/bindingtest"
)

// formatIPv6 writes what inet_ntop writes.
func TestFormatIPv6(t *testing.T) {
	cases := map[string]string{
		"::":                    "::",
		"::1":                   "::1",
		"fe80::fc:ff:fe00:1":    "fe80::fc:ff:fe00:1",
		"ffff:ffff:ffff:ffff::": "ffff:ffff:ffff:ffff::",
		"2001:db8:0:0:1:0:0:1":  "2001:db8::1:0:0:1",    // the first of two equal runs
		"2001:db8:0:1:1:1:1:1":  "2001:db8:0:1:1:1:1:1", // a single zero word stays
		"::1.2.3.4":             "::1.2.3.4",
		"::ffff:1.2.3.4":        "::ffff:1.2.3.4",
		"::102":                 "::102", // seven zero words: no dotted form
		"1::":                   "1::",
		"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff": "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
	}
	for in, want := range cases {
		if got := formatIPv6(net.ParseIP(in).To16()); got != want {
			t.Errorf("formatIPv6(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestFormatMAC(t *testing.T) {
	cases := map[string]string{
		"":                  "00:00:00:00:00:00",
		"02:fc:00:00:00:01": "02:fc:00:00:00:01",
		// Longer hardware addresses (InfiniBand): the first 6 bytes, as in libuv.
		"80:00:02:08:fe:80:00:00:00:00:00:00:00:02:c9:03:00:0a:bb:cc": "80:00:02:08:fe:80",
	}
	for in, want := range cases {
		var hw net.HardwareAddr
		if in != "" {
			var err error
			if hw, err = net.ParseMAC(in); err != nil {
				t.Fatal(err)
			}
		}
		if got := formatMAC(hw); got != want {
			t.Errorf("formatMAC(%s) = %s, want %s", in, got, want)
		}
	}
}

// The constants keep Node's order and leave out what the OS lacks.
func TestConstantsOrder(t *testing.T) {
	vm := bindingtest.New(t, "b", Init)
	keys := func(src string) []string { return strings.Split(bindingtest.Run(t, vm, src).String(), ",") }
	index := func(list []string, name string) int {
		for i, s := range list {
			if s == name {
				return i
			}
		}
		return -1
	}
	tables := map[string]struct {
		order  []string
		values map[string]int
		extra  int
	}{
		"errno":   {errnoOrder, errnoValues, len(errnoExtra)},
		"signals": {signalOrder, signalValues, 0},
	}
	for table, spec := range tables {
		order := spec.order
		got := keys("Object.keys(b.constants." + table + ").join()")
		// Every value this OS defines is there: none is left out of Node's list.
		if len(got) != len(spec.values)+spec.extra {
			t.Errorf("%s: %d keys for %d values", table, len(got), len(spec.values)+spec.extra)
		}
		last := -1
		for _, name := range got {
			i := index(order, name)
			if i < 0 {
				if table == "errno" && strings.HasPrefix(name, "WSA") {
					continue
				}
				t.Errorf("%s.%s is not in Node's list", table, name)
				continue
			}
			if i < last {
				t.Errorf("%s.%s out of Node's order", table, name)
			}
			last = i
		}
	}
	if got := keys("Object.keys(b.constants).join()"); strings.Join(got, " ") != "UV_UDP_REUSEADDR dlopen errno signals priority" {
		t.Errorf("constants keys: %v", got)
	}
}
