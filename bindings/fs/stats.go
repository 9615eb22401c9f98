package fs

import (
	"math"
	"math/big"

	"github.com/dop251/goja"
)

// statsKeys are the own properties of Node's Stats, in Node's order.
var statsKeys = []string{"dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size",
	"blocks", "atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs", "atime", "mtime", "ctime", "birthtime"}

// bigStatsKeys are BigIntStats's, which add the nanosecond times.
var bigStatsKeys = []string{"dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size",
	"blocks", "atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs", "atimeNs", "mtimeNs", "ctimeNs",
	"birthtimeNs", "atime", "mtime", "ctime", "birthtime"}

// statsKeyIndex maps a key to its slot: 0-9 the integer fields, 10-13 the
// millisecond times, 14-17 the nanosecond times, 18-21 the dates.
var statsKeyIndex = map[string]int{
	"dev": 0, "mode": 1, "nlink": 2, "uid": 3, "gid": 4, "rdev": 5, "blksize": 6, "ino": 7,
	"size": 8, "blocks": 9, "atimeMs": 10, "mtimeMs": 11, "ctimeMs": 12, "birthtimeMs": 13,
	"atimeNs": 14, "mtimeNs": 15, "ctimeNs": 16, "birthtimeNs": 17,
	"atime": 18, "mtime": 19, "ctime": 20, "birthtime": 21,
}

// statsObject is a Stats or BigIntStats whose fields live in Go: building
// one costs a struct instead of eighteen property insertions, which is most
// of the price of a stat call in goja. It behaves as an ordinary object with
// Node's own properties (in Node's order, writable, deletable); the Dates are
// made on first read and then kept. A property it does not know is stored as
// given. Symbol-keyed own properties are not supported (goja's dynamic objects have none).
type statsObject struct {
	s       *state
	st      statResult
	bigint  bool
	dates   [4]goja.Value
	set     map[string]goja.Value // properties written by JavaScript
	deleted map[string]bool
	extra   []string // names of added properties, in order
}

func (o *statsObject) keys() []string {
	if o.bigint {
		return bigStatsKeys
	}
	return statsKeys
}

func (o *statsObject) slot(key string) (int, bool) {
	i, ok := statsKeyIndex[key]
	if !ok || (!o.bigint && i >= 14 && i <= 17) {
		return 0, false
	}
	return i, true
}

// msTime is a time in milliseconds as Node computes it: sec*1e3 + nsec/1e6.
func (o *statsObject) msTime(i int) float64 {
	return float64(o.st[10+2*i])*1e3 + float64(o.st[11+2*i])/1e6
}

func (o *statsObject) nsTime(i int) *big.Int {
	ns := new(big.Int).Mul(big.NewInt(o.st[10+2*i]), big.NewInt(1e9))
	return ns.Add(ns, big.NewInt(o.st[11+2*i]))
}

func (o *statsObject) builtin(i int) goja.Value {
	vm := o.s.vm
	switch {
	case i < 10:
		if o.bigint {
			return vm.ToValue(big.NewInt(o.st[i]))
		}
		return vm.ToValue(o.st[i])
	case i < 14:
		if o.bigint {
			ns := o.nsTime(i - 10)
			return vm.ToValue(ns.Quo(ns, big.NewInt(1e6)))
		}
		return vm.ToValue(o.msTime(i - 10))
	case i < 18:
		return vm.ToValue(o.nsTime(i - 14))
	}
	d := i - 18
	if o.dates[d] == nil {
		var ms float64
		if o.bigint {
			ns := o.nsTime(d)
			ms = float64(ns.Quo(ns, big.NewInt(1e6)).Int64())
		} else {
			ms = math.Round(o.msTime(d))
		}
		date, err := o.s.dateCtor(nil, vm.ToValue(ms))
		if err != nil {
			panic(err)
		}
		o.dates[d] = date
	}
	return o.dates[d]
}

// Get implements goja.DynamicObject.
func (o *statsObject) Get(key string) goja.Value {
	if v, ok := o.set[key]; ok {
		return v
	}
	if o.deleted[key] {
		return nil
	}
	if i, ok := o.slot(key); ok {
		return o.builtin(i)
	}
	return nil
}

// Set implements goja.DynamicObject.
func (o *statsObject) Set(key string, val goja.Value) bool {
	if o.set == nil {
		o.set = map[string]goja.Value{}
	}
	_, known := o.slot(key)
	if _, had := o.set[key]; !had && (!known || o.deleted[key]) {
		o.extra = append(o.extra, key)
	}
	delete(o.deleted, key)
	o.set[key] = val
	return true
}

// Has implements goja.DynamicObject.
func (o *statsObject) Has(key string) bool {
	if _, ok := o.set[key]; ok {
		return true
	}
	_, known := o.slot(key)
	return known && !o.deleted[key]
}

// Delete implements goja.DynamicObject.
func (o *statsObject) Delete(key string) bool {
	if _, ok := o.set[key]; ok {
		delete(o.set, key)
		for i, k := range o.extra {
			if k == key {
				o.extra = append(o.extra[:i], o.extra[i+1:]...)
				break
			}
		}
	}
	if _, known := o.slot(key); known {
		if o.deleted == nil {
			o.deleted = map[string]bool{}
		}
		o.deleted[key] = true
	}
	return true
}

// Keys implements goja.DynamicObject.
func (o *statsObject) Keys() []string {
	base := o.keys()
	if len(o.deleted) == 0 && len(o.extra) == 0 {
		return base
	}
	out := make([]string, 0, len(base)+len(o.extra))
	for _, k := range base {
		if !o.deleted[k] {
			out = append(out, k)
		}
	}
	for _, k := range o.extra {
		if _, known := o.slot(k); !known || !o.deleted[k] {
			out = append(out, k)
		}
	}
	return out
}

// newStats makes the Stats (or BigIntStats) object of a stat result.
func (s *state) newStats(st *statResult, bigint bool) goja.Value {
	proto := s.statsProto
	if bigint {
		proto = s.bigStatsProto
	}
	obj := s.vm.NewDynamicObject(&statsObject{s: s, st: *st, bigint: bigint})
	obj.SetPrototype(proto)
	return obj
}
