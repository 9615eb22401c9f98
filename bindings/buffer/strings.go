package buffer

import (
	"reflect"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
)

// goja keeps a JavaScript string in one of two unexported representations: a
// Go string when every code unit is ASCII, or a []uint16 whose first element is
// a marker (U+FEFF) followed by the UTF-16 code units. Encoding a string
// through goja's public API (Value.String) decodes it to a Go string first,
// and making one (Runtime.ToValue, StringFromUTF16) copies or re-scans it;
// for megabyte strings those copies dominate. So this file reaches the two
// representations through reflect — read-only views on the way in, and a
// conversion of a freshly built Go value on the way out — after checking once
// per process that goja still has that layout. If it does not, everything
// falls back to the public API (correct, only slower).

var (
	asciiType   reflect.Type // goja's asciiString
	unicodeType reflect.Type // goja's unicodeString
	layoutOnce  sync.Once
	layoutOK    bool
)

const utf16Marker = 0xFEFF

func checkLayout() {
	layoutOnce.Do(func() {
		a := goja.StringFromUTF16([]uint16{'a', 'b'})
		u := goja.StringFromUTF16([]uint16{'a', 0xe9})
		at, ut := reflect.TypeOf(a), reflect.TypeOf(u)
		if at.Kind() != reflect.String || ut.Kind() != reflect.Slice || ut.Elem().Kind() != reflect.Uint16 {
			return
		}
		rv := reflect.ValueOf(u)
		if rv.Len() != 3 || rv.Index(0).Uint() != utf16Marker || rv.Index(2).Uint() != 0xe9 {
			return
		}
		asciiType, unicodeType = at, ut
		// Round trip: values built here must be the engine's own.
		if !asciiValue("ab").StrictEquals(a) || !utf16Value([]uint16{0, 'a', 0xe9}).StrictEquals(u) {
			asciiType, unicodeType = nil, nil
			return
		}
		layoutOK = true
	})
}

// jsString is a read-only view of a JavaScript string: ascii holds the whole
// string when it is ASCII (u16 is nil then), u16 its UTF-16 code units
// otherwise. u16 may alias the engine's memory and must not be modified.
type jsString struct {
	ascii string
	u16   []uint16
}

func (s jsString) length() int {
	if s.u16 != nil {
		return len(s.u16)
	}
	return len(s.ascii)
}

// at returns the code unit at i.
func (s jsString) at(i int) uint16 {
	if s.u16 != nil {
		return s.u16[i]
	}
	return uint16(s.ascii[i])
}

// readString views the JavaScript string v.
func readString(v goja.Value) jsString {
	if layoutOK {
		rv := reflect.ValueOf(v)
		switch rv.Type() {
		case asciiType:
			return jsString{ascii: rv.String()}
		case unicodeType:
			if n := rv.Len(); n > 1 {
				return jsString{u16: unsafe.Slice((*uint16)(rv.UnsafePointer()), n)[1:]}
			}
			return jsString{}
		}
	}
	// Strings imported from Go (and any other representation): their Go
	// form is exact when it is ASCII; otherwise read the code units.
	if str := v.String(); isASCIIString(str) {
		return jsString{ascii: str}
	}
	if gs, ok := v.(goja.String); ok {
		u := make([]uint16, gs.Length())
		for i := range u {
			u[i] = gs.CharAt(i)
		}
		return jsString{u16: u}
	}
	return jsString{u16: utf16.Encode([]rune(v.String()))}
}

// asciiValue makes a JavaScript string of s, which must be ASCII.
func asciiValue(s string) goja.Value {
	if asciiType != nil {
		return reflect.ValueOf(s).Convert(asciiType).Interface().(goja.Value)
	}
	return goja.StringFromUTF16(widen(s))
}

// utf16Value makes a JavaScript string of the code units buf[1:]; buf[0] is
// scratch room for goja's marker. At least one unit must be non-ASCII. buf
// is taken over by the engine: the caller must not use it afterwards.
func utf16Value(buf []uint16) goja.Value {
	if unicodeType != nil {
		buf[0] = utf16Marker
		return reflect.ValueOf(buf).Convert(unicodeType).Interface().(goja.Value)
	}
	return goja.StringFromUTF16(buf[1:])
}

// stringValue makes a JavaScript string of the code units buf[1:] (buf[0] is
// scratch), choosing the representation by content.
func stringValue(buf []uint16) goja.Value {
	if isASCII16(buf[1:]) {
		b := make([]byte, len(buf)-1)
		for i, c := range buf[1:] {
			b[i] = byte(c)
		}
		return asciiValue(unsafe.String(unsafe.SliceData(b), len(b)))
	}
	return utf16Value(buf)
}

// goString makes a JavaScript string of the valid UTF-8 Go string s.
func goString(s string) goja.Value {
	if isASCIIString(s) {
		return asciiValue(s)
	}
	n := 1
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	buf := make([]uint16, 1, n)
	for _, r := range s {
		if r > 0xFFFF {
			a, b := utf16.EncodeRune(r)
			buf = append(buf, uint16(a), uint16(b))
		} else {
			buf = append(buf, uint16(r))
		}
	}
	return utf16Value(buf)
}

func widen(s string) []uint16 {
	u := make([]uint16, len(s))
	for i := 0; i < len(s); i++ {
		u[i] = uint16(s[i])
	}
	return u
}

func isASCIIString(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64s(s, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCII16(u []uint16) bool {
	for _, c := range u {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// load64s reads 8 bytes of s at i (little-endian; only used for bit tests).
func load64s(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// load64 reads 8 bytes of b at i.
func load64(b []byte, i int) uint64 {
	_ = b[i+7]
	return uint64(b[i]) | uint64(b[i+1])<<8 | uint64(b[i+2])<<16 | uint64(b[i+3])<<24 |
		uint64(b[i+4])<<32 | uint64(b[i+5])<<40 | uint64(b[i+6])<<48 | uint64(b[i+7])<<56
}
