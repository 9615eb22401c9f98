// Package buffer is the Go side of Node's buffer, string_decoder and
// TextEncoder/TextDecoder: the encoders and decoders of every Buffer encoding,
// search, compare, fill and byte swapping over the bytes of typed arrays, and
// the streaming decoders.
//
// The functions work in place on the memory of the typed arrays they are
// given (goja exports a Uint8Array as a []byte view of its ArrayBuffer), and
// return new memory as ArrayBuffers that wrap Go slices, so nothing is copied
// between Go and JavaScript. Argument checking and Node's errors are the JS
// side's job (js/buffer.js, js/internal/buffer.js): these functions trust
// their arguments' types and ranges.
//
// Everything here runs on the loop thread; the binding keeps no state besides
// the encodeInto results slot.
package buffer

import (
	"bytes"
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding"
)

// kStringMaxLength is V8's longest string (2**29 - 24 code units on 64-bit).
const kStringMaxLength = 1<<29 - 24

// Init builds internalBinding('buffer').
func Init(env binding.Env) *goja.Object {
	checkLayout()
	vm := env.VM()
	b := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		b.Set(name, fn)
	}
	b.Set("kMaxLength", float64(1<<32))
	b.Set("kStringMaxLength", kStringMaxLength)

	// byteLengthUtf8(string) → the UTF-8 size of string.
	set("byteLengthUtf8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8Length(readString(c.Argument(0))))
	})

	// slice(buf, encoding, start, end) → buf[start:end] decoded as a string,
	// or undefined when the string would be longer than V8 allows.
	set("slice", func(c goja.FunctionCall) goja.Value {
		buf := bytesOf(c.Argument(0))
		enc := int(c.Argument(1).ToInteger())
		start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		data := buf[start:end]
		if decodedLength(len(data), enc) > kStringMaxLength {
			if enc != encUTF8 || utf16Length(data) > kStringMaxLength {
				return goja.Undefined()
			}
		}
		return decodeValue(data, enc)
	})

	// setBufferPrototype(proto) tells which objects are Buffers for the
	// strict fast paths below.
	var bufferProto *goja.Object
	set("setBufferPrototype", func(c goja.FunctionCall) goja.Value {
		bufferProto, _ = c.Argument(0).(*goja.Object)
		return goja.Undefined()
	})
	// receiverBytes is the memory of a typed array receiver; ok is false for
	// anything else (and, when strict, for anything but a direct Buffer).
	receiverBytes := func(v goja.Value, strict bool) ([]byte, bool) {
		o, isObj := v.(*goja.Object)
		if !isObj || (strict && o.Prototype() != bufferProto) {
			return nil, false
		}
		b, kind := viewBytes(o)
		return b, kind == kindTypedArray
	}

	// sliceThis(view, encoding, start, end, strict) is buf.<enc>Slice(start,
	// end) with Node's argument rules (undefined → the defaults, negative or
	// past-the-end → error): the string, or an error code (errNotBuffer,
	// errIndexRange, errStringTooLong).
	set("sliceThis", func(c goja.FunctionCall) goja.Value {
		buf, ok := receiverBytes(c.Argument(0), c.Argument(4).ToBoolean())
		if !ok {
			return vm.ToValue(errNotBuffer)
		}
		if len(buf) == 0 {
			return asciiValue("")
		}
		start, ok1 := parseArrayIndex(c.Argument(2), 0)
		end, ok2 := parseArrayIndex(c.Argument(3), int64(len(buf)))
		if !ok1 || !ok2 {
			return vm.ToValue(errIndexRange)
		}
		if end < start {
			end = start
		}
		if end > int64(len(buf)) {
			return vm.ToValue(errIndexRange)
		}
		enc := int(c.Argument(1).ToInteger())
		data := buf[start:end]
		if decodedLength(len(data), enc) > kStringMaxLength {
			if enc != encUTF8 || utf16Length(data) > kStringMaxLength {
				return vm.ToValue(errStringTooLong)
			}
		}
		return decodeValue(data, enc)
	})

	// toStringThis(buf, encoding, start, end) is buf.toString for a direct
	// Buffer: start and end clamped to the buffer as Node clamps them. It
	// returns errNotBuffer for any other receiver.
	set("toStringThis", func(c goja.FunctionCall) goja.Value {
		buf, ok := receiverBytes(c.Argument(0), true)
		if !ok {
			return vm.ToValue(errNotBuffer)
		}
		n := float64(len(buf))
		start, end := 0.0, n
		if v := c.Argument(2); !goja.IsUndefined(v) {
			f := v.ToFloat()
			switch {
			case f >= n:
				return asciiValue("")
			case f > 0:
				start = math.Trunc(f)
			}
		}
		if v := c.Argument(3); !goja.IsUndefined(v) {
			if f := v.ToFloat(); !(f > n) {
				end = math.Trunc(f)
				if end != end {
					end = 0
				}
			}
		}
		if end <= start {
			return asciiValue("")
		}
		enc := int(c.Argument(1).ToInteger())
		data := buf[int(start):int(end)]
		if decodedLength(len(data), enc) > kStringMaxLength {
			if enc != encUTF8 || utf16Length(data) > kStringMaxLength {
				return vm.ToValue(errStringTooLong)
			}
		}
		return decodeValue(data, enc)
	})

	// writeThis(view, string, offset, length, encoding, strict) is
	// buf.<enc>Write(string, offset, length): the bytes written, or an error
	// code (errNotBuffer, errNotString, errIndexRange, errOffsetBounds).
	set("writeThis", func(c goja.FunctionCall) goja.Value {
		buf, ok := receiverBytes(c.Argument(0), c.Argument(5).ToBoolean())
		if !ok {
			return vm.ToValue(errNotBuffer)
		}
		if _, isString := c.Argument(1).(goja.String); !isString {
			return vm.ToValue(errNotString)
		}
		n := int64(len(buf))
		offset, ok := parseArrayIndex(c.Argument(2), 0)
		if !ok {
			return vm.ToValue(errIndexRange)
		}
		if offset > n {
			return vm.ToValue(errOffsetBounds)
		}
		maxLength, ok := parseArrayIndex(c.Argument(3), n-offset)
		if !ok {
			return vm.ToValue(errIndexRange)
		}
		maxLength = min(maxLength, n-offset)
		if maxLength == 0 {
			return vm.ToValue(0)
		}
		s := readString(c.Argument(1))
		return vm.ToValue(writeString(buf[offset:offset+maxLength], s, int(c.Argument(4).ToInteger())))
	})

	// write(buf, string, offset, length, encoding) → bytes written into
	// buf[offset:offset+length].
	set("write", func(c goja.FunctionCall) goja.Value {
		buf := bytesOf(c.Argument(0))
		s := readString(c.Argument(1))
		off, n := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		return vm.ToValue(writeString(buf[off:off+n], s, int(c.Argument(4).ToInteger())))
	})

	// fill(buf, value, start, end, encoding) fills buf[start:end] with the
	// bytes of value (a string in encoding, or a Uint8Array), repeated. It
	// returns -1 when value has no bytes, otherwise undefined.
	set("fill", func(c goja.FunctionCall) goja.Value {
		buf := bytesOf(c.Argument(0))
		start, end := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		dst := buf[start:end]
		var n int
		if o, ok := c.Argument(1).(*goja.Object); ok {
			n = copy(dst, bytesOf(o))
			if n < len(dst) {
				n = len(bytesOf(o))
			}
		} else {
			s := readString(c.Argument(1))
			switch enc := int(c.Argument(4).ToInteger()); enc {
			case encUTF8, encUCS2:
				// The whole encoding, cut at a byte boundary if too long.
				full := encodeString(s, enc)
				copy(dst, full)
				n = len(full)
			default:
				n = writeString(dst, s, enc)
			}
		}
		if n >= len(dst) {
			return goja.Undefined()
		}
		if n == 0 {
			return vm.ToValue(-1)
		}
		for filled := n; filled < len(dst); filled *= 2 {
			copy(dst[filled:], dst[:filled])
		}
		return goja.Undefined()
	})

	// indexOfString(buf, string, byteOffset, encoding, forward)
	set("indexOfString", func(c goja.FunctionCall) goja.Value {
		hay := bytesOf(c.Argument(0))
		s := readString(c.Argument(1))
		offset := c.Argument(2).ToInteger()
		enc := int(c.Argument(3).ToInteger())
		forward := c.Argument(4).ToBoolean()
		var needle []byte
		switch enc {
		case encUCS2:
			hay = hay[:len(hay)&^1]
			needle = make([]byte, 2*s.length())
			writeUCS2(needle, s)
		case encLatin1:
			needle = make([]byte, s.length())
			writeLatin1(needle, s)
		default:
			// V8 writes the needle for the search with lone surrogates in
			// WTF-8 (ED A0 80 for U+D800), where Buffer.from writes U+FFFD:
			// such a needle matches only those raw bytes, as in Node.
			needle = encodeWTF8(s)
		}
		return vm.ToValue(indexOfBytes(hay, needle, offset, enc == encUCS2, forward))
	})

	// indexOfBuffer(buf, needle, byteOffset, encoding, forward)
	set("indexOfBuffer", func(c goja.FunctionCall) goja.Value {
		hay := bytesOf(c.Argument(0))
		needle := bytesOf(c.Argument(1))
		offset := c.Argument(2).ToInteger()
		enc := int(c.Argument(3).ToInteger())
		return vm.ToValue(indexOfBytes(hay, needle, offset, enc == encUCS2, c.Argument(4).ToBoolean()))
	})

	// indexOfNumber(buf, byte, byteOffset, forward)
	set("indexOfNumber", func(c goja.FunctionCall) goja.Value {
		hay := bytesOf(c.Argument(0))
		needle := byte(c.Argument(1).ToInteger())
		forward := c.Argument(3).ToBoolean()
		opt := indexOfOffset(int64(len(hay)), c.Argument(2).ToInteger(), 1, forward)
		if opt <= -1 || len(hay) == 0 {
			return vm.ToValue(-1)
		}
		if forward {
			if i := bytes.IndexByte(hay[opt:], needle); i >= 0 {
				return vm.ToValue(int64(i) + opt)
			}
			return vm.ToValue(-1)
		}
		return vm.ToValue(bytes.LastIndexByte(hay[:opt+1], needle))
	})

	// compare(a, b) → -1, 0 or 1.
	set("compare", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(bytes.Compare(bytesOf(c.Argument(0)), bytesOf(c.Argument(1))))
	})

	// compareOffset(source, target, targetStart, sourceStart, targetEnd,
	// sourceEnd) → -1, 0 or 1; -2 when sourceStart, -3 when targetStart is
	// past the end.
	set("compareOffset", func(c goja.FunctionCall) goja.Value {
		src, tgt := bytesOf(c.Argument(0)), bytesOf(c.Argument(1))
		ts, ss := c.Argument(2).ToInteger(), c.Argument(3).ToInteger()
		te, se := c.Argument(4).ToInteger(), c.Argument(5).ToInteger()
		if ss > int64(len(src)) {
			return vm.ToValue(-2)
		}
		if ts > int64(len(tgt)) {
			return vm.ToValue(-3)
		}
		n := min(se-ss, te-ts, int64(len(src))-ss)
		r := 0
		if n > 0 {
			r = bytes.Compare(src[ss:ss+n], tgt[ts:ts+n])
		}
		if r == 0 {
			switch {
			case se-ss > te-ts:
				r = 1
			case se-ss < te-ts:
				r = -1
			}
		}
		return vm.ToValue(r)
	})

	// copy(source, target, targetStart, sourceStart, count) copies count
	// bytes (the ranges may overlap).
	set("copy", func(c goja.FunctionCall) goja.Value {
		src, dst := bytesOf(c.Argument(0)), bytesOf(c.Argument(1))
		ts, ss, n := c.Argument(2).ToInteger(), c.Argument(3).ToInteger(), c.Argument(4).ToInteger()
		copy(dst[ts:ts+n], src[ss:ss+n])
		return goja.Undefined()
	})

	for _, size := range []int{2, 4, 8} {
		size := size
		set("swap"+[]string{2: "16", 4: "32", 8: "64"}[size], func(c goja.FunctionCall) goja.Value {
			swapBytes(bytesOf(c.Argument(0)), size)
			return c.Argument(0)
		})
	}

	set("isUtf8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf8.Valid(bytesOf(c.Argument(0))))
	})
	set("isAscii", func(c goja.FunctionCall) goja.Value {
		data := bytesOf(c.Argument(0))
		return vm.ToValue(asciiPrefix(data) == len(data))
	})

	// btoa(string) → base64 of the Latin-1 string, or -1 when a code unit
	// is above 0xFF.
	set("btoa", func(c goja.FunctionCall) goja.Value {
		s := readString(c.Argument(0))
		data := narrow(s)
		for _, u := range s.u16 {
			if u > 0xFF {
				return vm.ToValue(-1)
			}
		}
		return encodeBase64Value(data, false)
	})

	// atob(string) → the decoded Latin-1 string, or -1 (a lone character
	// left), -2 (an invalid character).
	set("atob", func(c goja.FunctionCall) goja.Value {
		data, code := forgivingBase64(readString(c.Argument(0)))
		if code != 0 {
			return vm.ToValue(code)
		}
		return decodeLatin1Value(data)
	})

	// transcode(source, fromEncoding, toEncoding) → an ArrayBuffer, or an
	// ICU error number.
	set("transcode", func(c goja.FunctionCall) goja.Value {
		out, errno := transcode(bytesOf(c.Argument(0)), c.Argument(1).String(), c.Argument(2).String())
		if errno != 0 {
			return vm.ToValue(errno)
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})

	initEncoding(vm, b)
	initStringDecoder(vm, b)
	return b
}

// Error codes of sliceThis and writeThis (js/internal/buffer.js throws the
// matching Node errors).
const (
	errNotBuffer     = -1 // the receiver is not a typed array (or, strict, not a Buffer)
	errIndexRange    = -2 // "Index out of range"
	errStringTooLong = -3 // longer than V8's longest string
	errNotString     = -4 // "argument must be a string"
	errOffsetBounds  = -5 // "offset" is outside of buffer bounds
)

// parseArrayIndex converts an index argument as Node's ParseArrayIndex does:
// undefined gives def, anything else V8's IntegerValue (NaN → 0, truncated);
// ok is false for a negative index.
func parseArrayIndex(v goja.Value, def int64) (int64, bool) {
	if v == nil || goja.IsUndefined(v) {
		return def, true
	}
	f := v.ToFloat()
	switch {
	case f != f:
		return 0, true
	case f < 0:
		return 0, f > -1 // -0.5 truncates to -0, which is not negative
	case f >= 1<<62:
		return 1 << 62, true
	}
	return int64(f), true
}

// bytesOf is the memory of a typed array or ArrayBuffer v (nil for anything
// else). The JS side turns DataViews into Uint8Arrays before calling Go.
func bytesOf(v goja.Value) []byte {
	b, _ := viewBytes(v)
	return b
}

// Kinds of objects whose memory viewBytes reads.
const (
	kindNone = iota
	kindTypedArray
	kindArrayBuffer
)

// viewBytes is the memory of v and what v is (a typed array, an ArrayBuffer,
// or neither; a zero-length view gives an empty, possibly nil, slice).
func viewBytes(v goja.Value) ([]byte, int) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, kindNone
	}
	switch x := o.Export().(type) {
	case []byte:
		return x, kindTypedArray
	case goja.ArrayBuffer:
		return x.Bytes(), kindArrayBuffer
	case []int8:
		return asBytes(x), kindTypedArray
	case []uint16:
		return asBytes(x), kindTypedArray
	case []int16:
		return asBytes(x), kindTypedArray
	case []uint32:
		return asBytes(x), kindTypedArray
	case []int32:
		return asBytes(x), kindTypedArray
	case []float32:
		return asBytes(x), kindTypedArray
	case []float64:
		return asBytes(x), kindTypedArray
	case []int64:
		return asBytes(x), kindTypedArray
	case []uint64:
		return asBytes(x), kindTypedArray
	}
	return nil, kindNone
}

func asBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

func swapBytes(b []byte, size int) {
	for i := 0; i+size <= len(b); i += size {
		for l, r := i, i+size-1; l < r; l, r = l+1, r-1 {
			b[l], b[r] = b[r], b[l]
		}
	}
}

// utf16Length is the length in code units of the decoding of the UTF-8 b,
// counted a chunk at a time.
func utf16Length(b []byte) int {
	const chunk = 1 << 16
	buf := make([]uint16, chunk+4)
	total := 0
	for len(b) > 0 {
		end := min(len(b), chunk)
		n, used := utf8Decode(buf, 0, b[:end], end == len(b))
		if used == 0 { // an incomplete sequence at the cut: take it whole
			n, used = utf8Decode(buf, 0, b[:min(len(b), end+3)], end+3 >= len(b))
		}
		total += n
		b = b[used:]
	}
	return total
}

// encodeWTF8 encodes s as UTF-8, except that a lone surrogate is written as
// the three bytes its code point would take (WTF-8) rather than as U+FFFD.
func encodeWTF8(s jsString) []byte {
	n := s.length()
	out := make([]byte, 0, n*3)
	for i := 0; i < n; i++ {
		c := rune(s.at(i))
		if c >= 0xD800 && c <= 0xDBFF && i+1 < n {
			if d := rune(s.at(i + 1)); d >= 0xDC00 && d <= 0xDFFF {
				out = utf8.AppendRune(out, 0x10000+(c-0xD800)<<10+(d-0xDC00))
				i++
				continue
			}
		}
		switch {
		case c < 0x80:
			out = append(out, byte(c))
		case c < 0x800:
			out = append(out, byte(0xC0|c>>6), byte(0x80|c&0x3F))
		default:
			out = append(out, byte(0xE0|c>>12), byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
		}
	}
	return out
}
