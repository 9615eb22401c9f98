package buffer

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// TextDecoder flags, as js/internal/encoding.js passes them.
const (
	flagFlush     = 0x1
	flagFatal     = 0x2
	flagIgnoreBOM = 0x4
)

// converter is the state of one streaming TextDecoder (Node keeps an ICU
// converter; this is its Go counterpart).
type converter struct {
	name      string
	fatal     bool
	ignoreBOM bool
	unicode   bool // a UTF encoding, whose leading BOM is dropped
	bomSeen   bool
	pending   []byte                // bytes of an incomplete sequence from the last chunk
	lead      uint16                // UTF-16: a lead surrogate waiting for its trail
	single    *[256]uint16          // single-byte encodings
	legacy    transform.Transformer // every other encoding
}

func initEncoding(vm *goja.Runtime, b *goja.Object) {
	results := make([]byte, 8)
	b.Set("encodeIntoResults", vm.NewArrayBuffer(results))

	// encodeUtf8String(string) → an ArrayBuffer of its UTF-8 encoding.
	b.Set("encodeUtf8String", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer(encodeString(readString(c.Argument(0)), encUTF8)))
	})

	// encodeInto(string, dest) writes the characters that fit and leaves
	// [read, written] in encodeIntoResults.
	b.Set("encodeInto", func(c goja.FunctionCall) goja.Value {
		written, read := writeUTF8(bytesOf(c.Argument(1)), readString(c.Argument(0)))
		binary.NativeEndian.PutUint32(results, uint32(read))
		binary.NativeEndian.PutUint32(results[4:], uint32(written))
		return goja.Undefined()
	})

	// decodeUTF8(bytes, ignoreBOM, fatal) → the string, or undefined when
	// fatal and bytes are not UTF-8.
	b.Set("decodeUTF8", func(c goja.FunctionCall) goja.Value {
		data := bytesOf(c.Argument(0))
		if c.Argument(2).ToBoolean() && !validUTF8(data) {
			return goja.Undefined()
		}
		if !c.Argument(1).ToBoolean() && len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
		}
		return decodeUTF8Value(data)
	})

	// decodeLatin1(bytes) → every byte as the code point of the same value.
	b.Set("decodeLatin1", func(c goja.FunctionCall) goja.Value {
		return decodeLatin1Value(bytesOf(c.Argument(0)))
	})

	// encodingName(label) → the WHATWG name of the encoding a lowercased,
	// trimmed label denotes, or undefined when there is none (or gonode,
	// like Node, cannot decode it).
	b.Set("encodingName", func(c goja.FunctionCall) goja.Value {
		if name := encodingName(c.Argument(0).String()); name != "" {
			return vm.ToValue(name)
		}
		return goja.Undefined()
	})

	// getConverter(name, flags) → a converter handle.
	b.Set("getConverter", func(c goja.FunctionCall) goja.Value {
		cv := newConverter(c.Argument(0).String(), int(c.Argument(1).ToInteger()))
		if cv == nil {
			return goja.Undefined()
		}
		return vm.ToValue(cv)
	})

	// decode(handle, bytes, flags) → the decoded string, or undefined when
	// the converter is fatal and the data is invalid.
	b.Set("decode", func(c goja.FunctionCall) goja.Value {
		cv, _ := c.Argument(0).Export().(*converter)
		if cv == nil {
			return goja.Undefined()
		}
		units, ok := cv.decode(bytesOf(c.Argument(1)), int(c.Argument(2).ToInteger())&flagFlush != 0)
		if !ok {
			return goja.Undefined()
		}
		return stringValue(units)
	})
}

// validUTF8 reports whether b is well-formed UTF-8 (no surrogates, no
// overlong forms), as simdutf checks it for Node.
func validUTF8(b []byte) bool {
	p := asciiPrefix(b)
	return p == len(b) || utf8.Valid(b[p:])
}

// encodingName resolves a WHATWG label (already lowercased and trimmed of
// ASCII whitespace) to the encoding's name; "" when unknown.
func encodingName(label string) string {
	if label == "" || strings.ContainsFunc(label, func(r rune) bool { return r <= ' ' || r >= 0x7F }) {
		return ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return ""
	}
	return name
}

// newConverter makes the decoder of a WHATWG encoding; nil for those that
// Node's ICU cannot decode either (replacement, x-user-defined,
// iso-8859-16).
func newConverter(name string, flags int) *converter {
	switch name {
	case "replacement", "x-user-defined", "iso-8859-16":
		return nil
	}
	cv := &converter{name: name, fatal: flags&flagFatal != 0, ignoreBOM: flags&flagIgnoreBOM != 0}
	switch name {
	case "utf-8", "utf-16le", "utf-16be":
		cv.unicode = true
		return cv
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	if name == "iso-8859-8-i" {
		e = charmap.ISO8859_8 // the same bytes; "-i" only tells the text direction
	}
	if cm, ok := e.(*charmap.Charmap); ok {
		cv.single = singleByteTable(name, cm)
		return cv
	}
	cv.legacy = e.NewDecoder()
	return cv
}

var (
	singleByteMu     sync.Mutex
	singleByteTables = map[string]*[256]uint16{}
)

// icuSingleByte lists where ICU's tables, which Node decodes with, differ
// from the WHATWG ones of x/text (beyond the C1 rule in singleByteTable).
var icuSingleByte = map[string]map[byte]uint16{
	"koi8-u":       {0xAE: 0x255D, 0xBE: 0x256C},
	"windows-874":  {0xDB: 0xF8C1, 0xDC: 0xF8C2, 0xDD: 0xF8C3, 0xDE: 0xF8C4, 0xFC: 0xF8C5, 0xFD: 0xF8C6, 0xFE: 0xF8C7, 0xFF: 0xF8C8},
	"windows-1253": {0xAA: 0x00AA},
	"windows-1255": {0xCA: 0xFFFD},
}

// singleByteTable is the decoding table of a single-byte encoding as ICU
// has it: the WHATWG mapping, with the bytes 0x80–0x9F that it leaves
// undefined decoding to the C1 controls of the same value.
func singleByteTable(name string, cm *charmap.Charmap) *[256]uint16 {
	singleByteMu.Lock()
	defer singleByteMu.Unlock()
	if t := singleByteTables[name]; t != nil {
		return t
	}
	t := new([256]uint16)
	for i := range t {
		r := cm.DecodeByte(byte(i))
		if r == utf8.RuneError && i >= 0x80 && i <= 0x9F {
			r = rune(i)
		}
		t[i] = uint16(r)
	}
	for b, u := range icuSingleByte[name] {
		t[b] = u
	}
	singleByteTables[name] = t
	return t
}

func (cv *converter) reset() {
	cv.bomSeen = false
	cv.pending = nil
	cv.lead = 0
	if cv.legacy != nil {
		cv.legacy.Reset()
	}
}

// decode converts the next chunk; flush ends the stream. The result has a
// scratch element at index 0 (for stringValue). ok is false on invalid data
// when the converter is fatal; the stream is reset then.
func (cv *converter) decode(chunk []byte, flush bool) (units []uint16, ok bool) {
	data := chunk
	if len(cv.pending) > 0 {
		data = append(append([]byte(nil), cv.pending...), chunk...)
		cv.pending = nil
	}
	switch cv.name {
	case "utf-8":
		units, ok = cv.decodeUTF8(data, flush)
	case "utf-16le", "utf-16be":
		units, ok = cv.decodeUTF16(data, flush, cv.name == "utf-16be")
	default:
		if cv.single != nil {
			units, ok = cv.decodeSingle(data)
			break
		}
		units, ok = cv.decodeLegacy(data, flush)
	}
	if !ok {
		cv.reset()
		return nil, false
	}
	if cv.unicode && !cv.ignoreBOM && !cv.bomSeen && len(units) > 1 {
		if units[1] == 0xFEFF {
			units = units[1:]
		}
		cv.bomSeen = true
	}
	if flush {
		cv.reset()
	}
	return units, true
}

func (cv *converter) decodeUTF8(data []byte, flush bool) ([]uint16, bool) {
	buf := make([]uint16, len(data)+1)
	n, used := utf8Decode(buf, 1, data, flush)
	if cv.fatal {
		if !validUTF8(data[:used]) {
			return nil, false
		}
	}
	if used < len(data) {
		cv.pending = append([]byte(nil), data[used:]...)
	}
	return buf[:n], true
}

func (cv *converter) decodeUTF16(data []byte, flush, bigEndian bool) ([]uint16, bool) {
	out := make([]uint16, 1, len(data)/2+3)
	i := 0
	for ; i+1 < len(data); i += 2 {
		var u uint16
		if bigEndian {
			u = uint16(data[i])<<8 | uint16(data[i+1])
		} else {
			u = uint16(data[i]) | uint16(data[i+1])<<8
		}
		if cv.lead != 0 {
			lead := cv.lead
			cv.lead = 0
			if isTrail(u) {
				out = append(out, lead, u)
				continue
			}
			if cv.fatal {
				return nil, false
			}
			out = append(out, 0xFFFD)
		}
		switch {
		case isLead(u):
			cv.lead = u
		case isTrail(u):
			if cv.fatal {
				return nil, false
			}
			out = append(out, 0xFFFD)
		default:
			out = append(out, u)
		}
	}
	if i < len(data) {
		cv.pending = []byte{data[i]}
	}
	if flush && (cv.lead != 0 || cv.pending != nil) {
		if cv.fatal {
			return nil, false
		}
		cv.lead, cv.pending = 0, nil
		out = append(out, 0xFFFD)
	}
	return out, true
}

func (cv *converter) decodeSingle(data []byte) ([]uint16, bool) {
	units := make([]uint16, len(data)+1)
	for i, c := range data {
		u := cv.single[c]
		if u == 0xFFFD && cv.fatal {
			return nil, false
		}
		units[i+1] = u
	}
	return units, true
}

func (cv *converter) decodeLegacy(data []byte, flush bool) ([]uint16, bool) {
	dst := make([]byte, 4*len(data)+16)
	var out []byte
	src := data
	for {
		nDst, nSrc, err := cv.legacy.Transform(dst, src, flush)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		if err == transform.ErrShortDst && (nDst > 0 || nSrc > 0) {
			continue
		}
		if err == transform.ErrShortSrc && !flush {
			cv.pending = append([]byte(nil), src...)
		}
		break
	}
	units := make([]uint16, 1, len(out)+1)
	for _, r := range string(out) {
		if r == 0xFFFD && cv.fatal {
			return nil, false
		}
		if r > 0xFFFF {
			a, b := utf16.EncodeRune(r)
			units = append(units, uint16(a), uint16(b))
		} else {
			units = append(units, uint16(r))
		}
	}
	return units, true
}
