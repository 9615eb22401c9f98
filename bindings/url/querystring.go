package url

import (
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/buffer"
)

// The query-string scanners of querystring.parse and URLSearchParams, in Go
// because character loops over strings are slow in the engine. They work on
// UTF-16 code units, like the JavaScript they replace, and reproduce Node's
// behaviour exactly: separators matched without backtracking, maxKeys
// counting empty pairs, and decoding through querystring.unescape (strict
// decodeURIComponent, then a byte-wise fallback).

// u16 is a JavaScript string seen as code units.
type u16 struct {
	s     goja.String
	ascii string // the string itself when it is ASCII (fast path)
	isASC bool
	n     int
}

// all returns every code unit.
func (u u16) all() []uint16 {
	out := make([]uint16, u.n)
	for i := range out {
		out[i] = u.at(i)
	}
	return out
}

func newU16(v goja.Value) u16 {
	s, ok := v.(goja.String)
	if !ok {
		s = goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
	}
	u := u16{s: s, n: s.Length()}
	if str := s.String(); len(str) == u.n {
		// A string whose UTF-8 form has one byte per code unit is ASCII.
		u.ascii, u.isASC = str, true
	}
	return u
}

func (u *u16) at(i int) uint16 {
	if u.isASC {
		return uint16(u.ascii[i])
	}
	return u.s.CharAt(i)
}

// builder accumulates code units of one key or value.
type builder struct {
	units []uint16
}

func (b *builder) appendRange(u *u16, from, to int) {
	for i := from; i < to; i++ {
		b.units = append(b.units, u.at(i))
	}
}

func (b *builder) appendString(s string) {
	for i := 0; i < len(s); i++ {
		b.units = append(b.units, uint16(s[i]))
	}
}

func (b *builder) reset() { b.units = b.units[:0] }

func isHexUnit(c uint16) bool { return c < 0x80 && hexValue(byte(c)) >= 0 }

func unitsValue(vm *goja.Runtime, units []uint16) goja.Value {
	for _, c := range units {
		if c >= 0x80 {
			return goja.StringFromUTF16(units)
		}
	}
	b := make([]byte, len(units))
	for i, c := range units {
		b[i] = byte(c)
	}
	return vm.ToValue(string(b))
}

// decodeURIComponent decodes like the ECMAScript function; ok is false where
// that function would throw URIError.
func decodeURIComponentUnits(in []uint16, out []uint16) ([]uint16, bool) {
	n := len(in)
	hexByte := func(k int) (int, bool) {
		if k+2 >= n {
			return 0, false
		}
		if in[k] != '%' || !isHexUnit(in[k+1]) || !isHexUnit(in[k+2]) {
			return 0, false
		}
		return hexValue(byte(in[k+1]))<<4 | hexValue(byte(in[k+2])), true
	}
	for k := 0; k < n; k++ {
		c := in[k]
		if c != '%' {
			out = append(out, c)
			continue
		}
		b, ok := hexByte(k)
		if !ok {
			return out, false
		}
		k += 2
		if b < 0x80 {
			out = append(out, uint16(b))
			continue
		}
		var need int
		var cp rune
		switch {
		case b&0xE0 == 0xC0:
			need, cp = 1, rune(b&0x1F)
		case b&0xF0 == 0xE0:
			need, cp = 2, rune(b&0x0F)
		case b&0xF8 == 0xF0:
			need, cp = 3, rune(b&0x07)
		default:
			return out, false
		}
		if k+3*need >= n {
			return out, false
		}
		for j := 0; j < need; j++ {
			k++
			cb, ok := hexByte(k)
			if !ok || cb&0xC0 != 0x80 {
				return out, false
			}
			k += 2
			cp = cp<<6 | rune(cb&0x3F)
		}
		// Overlong forms, surrogates and values above U+10FFFF are invalid.
		min := [4]rune{0, 0x80, 0x800, 0x10000}[need]
		if cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) {
			return out, false
		}
		if cp >= 0x10000 {
			r1, r2 := utf16.EncodeRune(cp)
			out = append(out, uint16(r1), uint16(r2))
		} else {
			out = append(out, uint16(cp))
		}
	}
	return out, true
}

// unescapeFallback is querystring.unescapeBuffer(s).toString(): %XX escapes
// (never one starting in the last two positions) become bytes, other code
// units keep their low byte, and the bytes are decoded as UTF-8 with U+FFFD
// for each maximal invalid subsequence.
func unescapeFallback(in []uint16, out []uint16) []uint16 {
	bytes := make([]byte, 0, len(in))
	n := len(in)
	for i := 0; i < n; i++ {
		c := in[i]
		if c == '%' && i < n-2 && isHexUnit(in[i+1]) && isHexUnit(in[i+2]) {
			bytes = append(bytes, byte(hexValue(byte(in[i+1]))<<4|hexValue(byte(in[i+2]))))
			i += 2
			continue
		}
		bytes = append(bytes, byte(c))
	}
	return buffer.AppendUTF8Decoded(out, bytes)
}

// qsUnescapeUnits is Node's querystring.unescape on code units.
func qsUnescapeUnits(in []uint16, out []uint16) []uint16 {
	start := len(out)
	out, ok := decodeURIComponentUnits(in, out)
	if ok {
		return out
	}
	return unescapeFallback(in, out[:start])
}

type qsScanner struct {
	vm      *goja.Runtime
	decoded builder
}

// value returns the key or value in b, decoded when asked.
func (q *qsScanner) value(b *builder, decode bool) goja.Value {
	if decode && len(b.units) > 0 {
		q.decoded.units = qsUnescapeUnits(b.units, q.decoded.units[:0])
		return unitsValue(q.vm, q.decoded.units)
	}
	return unitsValue(q.vm, b.units)
}

// parseQS is querystring.parse's scanner. sep and eq are non-empty; pairs is
// the maxKeys budget (-1 for none); plusIsSpace selects what '+' becomes
// (' ', or '%20' for a custom decoder); custom means every key and value is
// to be decoded. With decode the result is a flat array [key, value, ...]
// already decoded with the default unescape; otherwise [key, value, flags,
// ...] where flags has bit 1 when the key and bit 2 when the value should be
// decoded.
func (q *qsScanner) parseQS(str, sepV, eqV goja.Value, pairs int, plusIsSpace, custom, decode bool) goja.Value {
	s := newU16(str)
	sep := newU16(sepV).all()
	eq := newU16(eqV).all()
	plus := "%20"
	if plusIsSpace {
		plus = " "
	}

	var out []interface{}
	var key, val builder
	add := func(keyEncoded, valEncoded bool) {
		k := q.value(&key, decode && keyEncoded)
		v := q.value(&val, decode && valEncoded)
		if decode {
			out = append(out, k, v)
			return
		}
		flags := 0
		if keyEncoded {
			flags |= 1
		}
		if valEncoded {
			flags |= 2
		}
		out = append(out, k, v, flags)
	}

	from, sepIdx, eqIdx, check := 0, 0, 0, 0
	keyEncoded, valEncoded := custom, custom
	n := s.n
	for i := 0; i < n; i++ {
		c := s.at(i)
		if len(sep) > 0 && c == sep[sepIdx] {
			sepIdx++
			if sepIdx < len(sep) {
				continue
			}
			end := i - len(sep) + 1
			if eqIdx < len(eq) {
				if from < end {
					key.appendRange(&s, from, end)
				} else if len(key.units) == 0 {
					// An empty pair still counts against maxKeys.
					pairs--
					if pairs == 0 {
						return q.vm.NewArray(out...)
					}
					from = i + 1
					sepIdx, eqIdx = 0, 0
					continue
				}
			} else if from < end {
				val.appendRange(&s, from, end)
			}
			add(keyEncoded, valEncoded)
			pairs--
			if pairs == 0 {
				return q.vm.NewArray(out...)
			}
			keyEncoded, valEncoded = custom, custom
			key.reset()
			val.reset()
			check = 0
			from = i + 1
			sepIdx, eqIdx = 0, 0
			continue
		}
		// A partial separator match that fails is dropped, not retried.
		sepIdx = 0
		if eqIdx < len(eq) {
			if c == eq[eqIdx] {
				eqIdx++
				if eqIdx == len(eq) {
					end := i - len(eq) + 1
					if from < end {
						key.appendRange(&s, from, end)
					}
					check = 0
					from = i + 1
				}
				continue
			}
			eqIdx = 0
			if !keyEncoded {
				if c == '%' {
					check = 1
					continue
				}
				if check > 0 {
					if isHexUnit(c) {
						check++
						if check == 3 {
							keyEncoded = true
						}
						continue
					}
					check = 0
				}
			}
			if c == '+' {
				if from < i {
					key.appendRange(&s, from, i)
				}
				key.appendString(plus)
				from = i + 1
				continue
			}
		}
		// Value characters, and key characters that fall through (Node's
		// scanner runs the value's escape check on those too).
		if c == '+' {
			if from < i {
				val.appendRange(&s, from, i)
			}
			val.appendString(plus)
			from = i + 1
		} else if !valEncoded {
			if c == '%' {
				check = 1
			} else if check > 0 {
				if isHexUnit(c) {
					check++
					if check == 3 {
						valEncoded = true
					}
				} else {
					check = 0
				}
			}
		}
	}
	if from < n {
		if eqIdx < len(eq) {
			key.appendRange(&s, from, n)
		} else if sepIdx < len(sep) {
			// (With an empty separator the rest is dropped, as in Node.)
			val.appendRange(&s, from, n)
		}
	} else if eqIdx == 0 && len(key.units) == 0 {
		return q.vm.NewArray(out...)
	}
	add(keyEncoded, valEncoded)
	return q.vm.NewArray(out...)
}

// parseParams is the application/x-www-form-urlencoded parser of
// URLSearchParams as Node runs it: a leading '?' is skipped, pairs split on
// '&' (empty ones dropped), name and value on the first '=', '+' is a space,
// and a part is decoded with querystring.unescape only when it holds a %XX
// escape ('+' signs inside one do not interrupt it). Returns a flat array
// [name, value, ...].
func (q *qsScanner) parseParams(str goja.Value) goja.Value {
	s := newU16(str)
	var out []interface{}
	i := 0
	if s.n > 0 && s.at(0) == '?' {
		i = 1
	}
	var part builder
	emit := func(from, to int) {
		part.reset()
		check, encoded := 0, false
		for j := from; j < to; j++ {
			c := s.at(j)
			switch {
			case c == '+':
				part.units = append(part.units, ' ')
				continue
			case c == '%':
				check = 1
			case check > 0 && isHexUnit(c):
				check++
				if check == 3 {
					encoded = true
				}
			default:
				check = 0
			}
			part.units = append(part.units, c)
		}
		out = append(out, q.value(&part, encoded))
	}
	for i < s.n {
		end := i
		for end < s.n && s.at(end) != '&' {
			end++
		}
		if end > i {
			eq := i
			for eq < end && s.at(eq) != '=' {
				eq++
			}
			emit(i, eq)
			if eq < end {
				emit(eq+1, end)
			} else {
				out = append(out, "")
			}
		}
		i = end + 1
	}
	return q.vm.NewArray(out...)
}
