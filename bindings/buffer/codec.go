package buffer

import (
	"encoding/base64"
	"encoding/hex"
	"slices"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// Encoding numbers, Node's own (they show in a StringDecoder's state), shared
// with js/internal/buffer.js (encodingsMap).
const (
	encASCII     = 0
	encUTF8      = 1
	encBase64    = 2
	encUCS2      = 3
	encLatin1    = 4
	encHex       = 5
	encBase64URL = 7
)

// ---------------------------------------------------------------------------
// UTF-8

// utf8Length is the UTF-8 size of s, a lone surrogate counting as U+FFFD.
func utf8Length(s jsString) int {
	if s.u16 == nil {
		return len(s.ascii)
	}
	u := s.u16
	n := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x80:
			n++
		case c < 0x800:
			n += 2
		case isLead(c) && i+1 < len(u) && isTrail(u[i+1]):
			n += 4
			i++
		default:
			n += 3
		}
	}
	return n
}

func isLead(c uint16) bool  { return c >= 0xD800 && c <= 0xDBFF }
func isTrail(c uint16) bool { return c >= 0xDC00 && c <= 0xDFFF }

// writeUTF8 encodes the whole characters of s that fit in dst (a lone
// surrogate becomes U+FFFD, as V8 writes it). It returns the bytes written and
// the code units consumed.
func writeUTF8(dst []byte, s jsString) (written, read int) {
	if s.u16 == nil {
		n := copy(dst, s.ascii)
		return n, n
	}
	u := s.u16
	i, j := 0, 0
	for i < len(u) {
		c := u[i]
		if c < 0x80 {
			if j >= len(dst) {
				break
			}
			dst[j] = byte(c)
			i++
			j++
			continue
		}
		if c < 0x800 {
			if j+2 > len(dst) {
				break
			}
			dst[j] = 0xC0 | byte(c>>6)
			dst[j+1] = 0x80 | byte(c&0x3F)
			i++
			j += 2
			continue
		}
		if isLead(c) && i+1 < len(u) && isTrail(u[i+1]) {
			if j+4 > len(dst) {
				break
			}
			r := 0x10000 + (rune(c)-0xD800)<<10 + rune(u[i+1]) - 0xDC00
			dst[j] = 0xF0 | byte(r>>18)
			dst[j+1] = 0x80 | byte(r>>12&0x3F)
			dst[j+2] = 0x80 | byte(r>>6&0x3F)
			dst[j+3] = 0x80 | byte(r&0x3F)
			i += 2
			j += 4
			continue
		}
		if j+3 > len(dst) {
			break
		}
		if c >= 0xD800 && c <= 0xDFFF {
			c = 0xFFFD
		}
		dst[j] = 0xE0 | byte(c>>12)
		dst[j+1] = 0x80 | byte(c>>6&0x3F)
		dst[j+2] = 0x80 | byte(c&0x3F)
		i++
		j += 3
	}
	return j, i
}

// asciiPrefix is the length of b's leading run of ASCII bytes.
func asciiPrefix(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if load64(b, i)&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			break
		}
	}
	return i
}

// AppendUTF8Decoded appends to dst the UTF-16 code units of b decoded by the
// WHATWG UTF-8 decoder (each maximal invalid subpart becomes one U+FFFD).
func AppendUTF8Decoded(dst []uint16, b []byte) []uint16 {
	n := len(dst)
	dst = slices.Grow(dst, len(b))[:n+len(b)] // never more units than bytes
	n, _ = utf8Decode(dst, n, b, true)
	return dst[:n]
}

// utf8Decode appends to dst[:n] (dst must have room for len(b) more units)
// the decoding of b by the WHATWG UTF-8 decoder, which V8 follows too: each
// maximal invalid subpart becomes one U+FFFD. When final is false, an
// incomplete but so far valid sequence at the end of b is left unconsumed.
// It returns the new length of dst and the number of bytes consumed.
func utf8Decode(dst []uint16, n int, b []byte, final bool) (int, int) {
	i := 0
	for i < len(b) {
		c := b[i]
		if c < 0x80 {
			dst[n] = uint16(c)
			n++
			i++
			// Runs of ASCII are common: copy them without the state machine.
			for i < len(b) && b[i] < 0x80 {
				dst[n] = uint16(b[i])
				n++
				i++
			}
			continue
		}
		var need int
		var cp rune
		lower, upper := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need, cp = 1, rune(c&0x1F)
		case c >= 0xE0 && c <= 0xEF:
			if c == 0xE0 {
				lower = 0xA0
			} else if c == 0xED {
				upper = 0x9F
			}
			need, cp = 2, rune(c&0x0F)
		case c >= 0xF0 && c <= 0xF4:
			if c == 0xF0 {
				lower = 0x90
			} else if c == 0xF4 {
				upper = 0x8F
			}
			need, cp = 3, rune(c&0x07)
		default:
			dst[n] = 0xFFFD
			n++
			i++
			continue
		}
		j := i + 1
		k := 0
		for ; k < need; k++ {
			if j >= len(b) {
				if !final {
					return n, i
				}
				dst[n] = 0xFFFD
				return n + 1, len(b)
			}
			cb := b[j]
			if cb < lower || cb > upper {
				break
			}
			lower, upper = 0x80, 0xBF
			cp = cp<<6 | rune(cb&0x3F)
			j++
		}
		if k < need {
			// The byte at j is not part of this sequence: it starts the next.
			dst[n] = 0xFFFD
			n++
			i = j
			continue
		}
		if cp >= 0x10000 {
			cp -= 0x10000
			dst[n] = uint16(0xD800 + cp>>10)
			dst[n+1] = uint16(0xDC00 + cp&0x3FF)
			n += 2
		} else {
			dst[n] = uint16(cp)
			n++
		}
		i = j
	}
	return n, i
}

// utf8Incomplete is the length of an incomplete but so far valid UTF-8
// sequence at the end of b (0 when b ends on a character boundary or on
// invalid data).
func utf8Incomplete(b []byte) int {
	buf := make([]uint16, len(b)+1)
	start := len(b) - 3
	if start < 0 {
		start = 0
	}
	// Decoding from up to three bytes before the end is enough: a sequence
	// is at most four bytes long.
	for s := start; s < len(b); s++ {
		if b[s]&0xC0 == 0x80 {
			continue
		}
		_, used := utf8Decode(buf, 0, b[s:], false)
		return len(b) - s - used
	}
	return 0
}

// decodeUTF8Value makes a JavaScript string of the UTF-8 bytes b.
func decodeUTF8Value(b []byte) goja.Value {
	p := asciiPrefix(b)
	if p == len(b) {
		return asciiValue(string(b))
	}
	buf := make([]uint16, len(b)+1)
	for i := 0; i < p; i++ {
		buf[1+i] = uint16(b[i])
	}
	n, _ := utf8Decode(buf, 1+p, b[p:], true)
	return utf16Value(buf[:n])
}

// ---------------------------------------------------------------------------
// UCS-2 (UTF-16LE), Latin-1, ASCII

// writeUCS2 writes the code units of s that fit in dst, little-endian.
func writeUCS2(dst []byte, s jsString) int {
	n := s.length()
	if m := len(dst) / 2; m < n {
		n = m
	}
	if s.u16 == nil {
		for i := 0; i < n; i++ {
			dst[2*i] = s.ascii[i]
			dst[2*i+1] = 0
		}
	} else {
		for i, c := range s.u16[:n] {
			dst[2*i] = byte(c)
			dst[2*i+1] = byte(c >> 8)
		}
	}
	return 2 * n
}

// decodeUCS2Value makes a JavaScript string of the little-endian code units
// in b (an odd last byte is ignored).
func decodeUCS2Value(b []byte) goja.Value {
	n := len(b) / 2
	buf := make([]uint16, n+1)
	ascii := true
	for i := 0; i < n; i++ {
		c := uint16(b[2*i]) | uint16(b[2*i+1])<<8
		buf[i+1] = c
		if c >= 0x80 {
			ascii = false
		}
	}
	if ascii {
		return stringValue(buf)
	}
	return utf16Value(buf)
}

// writeLatin1 writes the low byte of each code unit of s that fits in dst
// (what Node does for both latin1 and ascii).
func writeLatin1(dst []byte, s jsString) int {
	if s.u16 == nil {
		return copy(dst, s.ascii)
	}
	n := len(s.u16)
	if len(dst) < n {
		n = len(dst)
	}
	for i, c := range s.u16[:n] {
		dst[i] = byte(c)
	}
	return n
}

func decodeLatin1Value(b []byte) goja.Value {
	p := asciiPrefix(b)
	if p == len(b) {
		return asciiValue(string(b))
	}
	buf := make([]uint16, len(b)+1)
	for i, c := range b {
		buf[i+1] = uint16(c)
	}
	return utf16Value(buf)
}

// decodeASCIIValue clears the high bit of every byte, as Node does.
func decodeASCIIValue(b []byte) goja.Value {
	if asciiPrefix(b) == len(b) {
		return asciiValue(string(b))
	}
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = c & 0x7F
	}
	return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
}

// ---------------------------------------------------------------------------
// hex

var unhexTable = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c-'a') + 10
		t[c-'a'+'A'] = byte(c-'a') + 10
	}
	return
}()

// narrow is s with every code unit cut to its low byte: how Node reads hex
// and base64 text from a two-byte string (so "\u0161" reads as "a").
func narrow(s jsString) []byte {
	if s.u16 == nil {
		return unsafe.Slice(unsafe.StringData(s.ascii), len(s.ascii))
	}
	b := make([]byte, len(s.u16))
	for i, c := range s.u16 {
		b[i] = byte(c)
	}
	return b
}

// writeHex decodes pairs of hex digits into dst, stopping at the first pair
// that is not one.
func writeHex(dst []byte, s jsString) int {
	src := narrow(s)
	n := min(len(dst), len(src)/2)
	src, dst = src[:2*n], dst[:n]
	pairs := hexPairs()
	for i := range dst {
		v := pairs[uint16(src[2*i])<<8|uint16(src[2*i+1])]
		if v > 0xFF { // not two hex digits
			return i
		}
		dst[i] = byte(v)
	}
	return n
}

// hexPairs maps two characters (first in the high byte) to the byte they
// spell in hex, or 0xFFFF: one lookup per output byte.
var hexPairs = sync.OnceValue(func() *[1 << 16]uint16 {
	t := new([1 << 16]uint16)
	for i := range t {
		a, b := unhexTable[i>>8], unhexTable[i&0xFF]
		if a == 0xFF || b == 0xFF {
			t[i] = 0xFFFF
		} else {
			t[i] = uint16(a)<<4 | uint16(b)
		}
	}
	return t
})

func encodeHexValue(b []byte) goja.Value {
	out := make([]byte, 2*len(b))
	hex.Encode(out, b)
	return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
}

// ---------------------------------------------------------------------------
// base64 and base64url

// Both alphabets decode in either mode.
var unbase64Table = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xFF
	}
	const std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(std); i++ {
		t[std[i]] = byte(i)
	}
	t['-'] = 62
	t['_'] = 63
	return
}()

// base64DecodedSize is the most bytes s can decode to.
func base64DecodedSize(s jsString) int {
	n := s.length()
	if n < 2 {
		return 0
	}
	if s.at(n-1) == '=' {
		n--
		if s.at(n-1) == '=' {
			n--
		}
	}
	if n < 2 {
		return 0
	}
	return n/4*3 + (n%4+1)/2
}

// writeBase64 decodes s into dst with Node's lenient rules: characters
// outside both alphabets are skipped, '=' ends the data, and a lone final
// character is ignored.
func writeBase64(dst []byte, s jsString) int {
	size := base64DecodedSize(s)
	src := narrow(s)
	// Clean input that fits decodes faster with the standard library, to
	// the same bytes.
	if s.u16 == nil {
		clean := src
		if len(clean)%4 == 0 {
			for k := 0; k < 2 && len(clean) > 0 && clean[len(clean)-1] == '='; k++ {
				clean = clean[:len(clean)-1]
			}
		}
		if need := base64.RawStdEncoding.DecodedLen(len(clean)); need <= len(dst) && len(clean)%4 != 1 {
			for _, enc := range [...]*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
				if n, err := enc.Decode(dst[:need], clean); err == nil {
					return n
				}
			}
		}
	}
	avail := len(dst)
	if size < avail {
		avail = size
	}
	maxK := avail / 3 * 3
	maxI := len(src) / 4 * 4
	i, k := 0, 0
	for i < maxI && k < maxK {
		a, b, c, d := unbase64Table[src[i]], unbase64Table[src[i+1]], unbase64Table[src[i+2]], unbase64Table[src[i+3]]
		if (a|b|c|d)&0x80 != 0 {
			var more bool
			i, k, more = base64Group(dst, src, i, k)
			if !more {
				return k
			}
			maxI = i + (len(src)-i)/4*4
			continue
		}
		dst[k] = a<<2 | b>>4
		dst[k+1] = b<<4 | c>>2
		dst[k+2] = c<<6 | d
		i += 4
		k += 3
	}
	if i < len(src) && k < len(dst) {
		_, k, _ = base64Group(dst, src, i, k)
	}
	return k
}

// base64Group decodes one group of four characters starting at i, skipping
// invalid ones; more is false when decoding must stop.
func base64Group(dst, src []byte, i, k int) (int, int, bool) {
	var hi byte
	for n := 0; n < 4; n++ {
		var lo byte
		for {
			c := src[i]
			lo = unbase64Table[c]
			i++
			if lo < 64 {
				break
			}
			if c == '=' || i >= len(src) {
				return i, k, false
			}
		}
		switch n {
		case 1:
			dst[k] = hi<<2 | lo>>4
			k++
		case 2:
			dst[k] = hi<<4 | lo>>2
			k++
		case 3:
			dst[k] = hi<<6 | lo
			k++
		}
		if i >= len(src) || k >= len(dst) {
			return i, k, false
		}
		hi = lo
	}
	return i, k, true
}

func encodeBase64Value(b []byte, url bool) goja.Value {
	enc := base64.StdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	out := make([]byte, enc.EncodedLen(len(b)))
	enc.Encode(out, b)
	return asciiValue(unsafe.String(unsafe.SliceData(out), len(out)))
}

// ---------------------------------------------------------------------------
// Dispatch

// byteLength is Node's byte count of s in enc (an estimate for base64, exact
// otherwise).
func byteLength(s jsString, enc int) int {
	switch enc {
	case encUTF8:
		return utf8Length(s)
	case encUCS2:
		return 2 * s.length()
	case encBase64, encBase64URL:
		return base64DecodedSize(s)
	case encHex:
		return s.length() / 2
	}
	return s.length()
}

// writeString encodes s into dst in enc and returns the bytes written.
func writeString(dst []byte, s jsString, enc int) int {
	switch enc {
	case encUTF8:
		n, _ := writeUTF8(dst, s)
		return n
	case encUCS2:
		return writeUCS2(dst, s)
	case encBase64, encBase64URL:
		return writeBase64(dst, s)
	case encHex:
		return writeHex(dst, s)
	}
	return writeLatin1(dst, s)
}

// encodeString returns s encoded in enc as new memory.
func encodeString(s jsString, enc int) []byte {
	if enc == encUTF8 && s.u16 == nil {
		return []byte(s.ascii)
	}
	b := make([]byte, byteLength(s, enc))
	return b[:writeString(b, s, enc)]
}

// decodeValue makes a JavaScript string of b decoded from enc.
func decodeValue(b []byte, enc int) goja.Value {
	switch enc {
	case encUTF8:
		return decodeUTF8Value(b)
	case encUCS2:
		return decodeUCS2Value(b)
	case encLatin1:
		return decodeLatin1Value(b)
	case encASCII:
		return decodeASCIIValue(b)
	case encBase64:
		return encodeBase64Value(b, false)
	case encBase64URL:
		return encodeBase64Value(b, true)
	case encHex:
		return encodeHexValue(b)
	}
	return decodeUTF8Value(b)
}

// decodedLength is the length in code units of the string decodeValue makes
// of n bytes in enc, or an upper bound for UTF-8.
func decodedLength(n, enc int) int {
	switch enc {
	case encUCS2:
		return n / 2
	case encBase64:
		return (n + 2) / 3 * 4
	case encBase64URL:
		return (n*8 + 5) / 6
	case encHex:
		return 2 * n
	}
	return n
}
