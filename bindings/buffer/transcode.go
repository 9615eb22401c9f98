package buffer

import (
	"unicode/utf16"
	"unicode/utf8"
)

// ICU error numbers that buffer.transcode reports (js/buffer.js names them).
const (
	uIllegalArgumentError = 1  // U_ILLEGAL_ARGUMENT_ERROR: an unsupported encoding
	uInvalidCharFound     = 10 // U_INVALID_CHAR_FOUND: input the target cannot take
)

// invalidRune marks input that did not decode (it is written as U+FFFD or '?').
const invalidRune = -1

// transcode converts source between Node's ICU-backed encodings (ascii,
// latin1, utf16le, utf8 as normalized names), reproducing what ICU does for
// Node: characters the target cannot hold become '?', undecodable input
// U+FFFD, except that UTF-16 → UTF-8 and UTF-8 → UTF-16 refuse invalid input.
func transcode(source []byte, from, to string) ([]byte, int) {
	if !transcodable(from) || !transcodable(to) {
		return nil, uIllegalArgumentError
	}
	// ASCII and Latin-1 text widens to UTF-16 byte for byte.
	if (from == "ascii" || from == "latin1") && to == "utf16le" {
		out := make([]byte, 2*len(source))
		for i, c := range source {
			out[2*i] = c
		}
		return out, 0
	}
	var runes []rune
	switch from {
	case "ascii":
		runes = make([]rune, len(source))
		for i, c := range source {
			if c < 0x80 {
				runes[i] = rune(c)
			} else {
				runes[i] = invalidRune
			}
		}
	case "latin1":
		runes = make([]rune, len(source))
		for i, c := range source {
			runes[i] = rune(c)
		}
	case "utf16le":
		n := len(source) / 2
		// A lone byte (no UTF-16 unit at all) is an error for ICU's UTF-8
		// conversion; after at least one unit, an odd byte is dropped.
		if n == 0 && len(source) == 1 && to == "utf8" {
			return nil, uInvalidCharFound
		}
		for i := 0; i < n; i++ {
			u := uint16(source[2*i]) | uint16(source[2*i+1])<<8
			if isLead(u) && i+1 < n {
				v := uint16(source[2*i+2]) | uint16(source[2*i+3])<<8
				if isTrail(v) {
					runes = append(runes, utf16.DecodeRune(rune(u), rune(v)))
					i++
					continue
				}
			}
			if isLead(u) || isTrail(u) {
				if to == "utf8" {
					return nil, uInvalidCharFound
				}
				runes = append(runes, invalidRune)
				continue
			}
			runes = append(runes, rune(u))
		}
		// ICU's UTF-16 → UTF-16 conversion reports a final odd byte as one
		// more bad character, merged with a lone lead surrogate before it.
		if len(source)%2 == 1 && to == "utf16le" {
			last := uint16(0)
			if n > 0 {
				last = uint16(source[2*n-2]) | uint16(source[2*n-1])<<8
			}
			if !isLead(last) {
				runes = append(runes, invalidRune)
			}
		}
	case "utf8":
		buf := make([]uint16, len(source)+1)
		n, _ := utf8Decode(buf, 0, source, true)
		units := buf[:n]
		// U+FFFD in the decoding is either real or a replacement; only a
		// strict check can tell, and UTF-16 output needs to know.
		if to == "utf16le" && !validUTF8(source) {
			return nil, uInvalidCharFound
		}
		valid := validUTF8(source)
		for i := 0; i < len(units); i++ {
			u := units[i]
			switch {
			case isLead(u) && i+1 < len(units) && isTrail(units[i+1]):
				runes = append(runes, utf16.DecodeRune(rune(u), rune(units[i+1])))
				i++
			case u == 0xFFFD && !valid:
				runes = append(runes, invalidRune)
			default:
				runes = append(runes, rune(u))
			}
		}
	}
	var out []byte
	switch to {
	case "ascii", "latin1":
		limit := rune(0x80)
		if to == "latin1" {
			limit = 0x100
		}
		out = make([]byte, 0, len(runes))
		for _, r := range runes {
			switch {
			case r >= 0 && r < limit:
				out = append(out, byte(r))
			case r >= 0 && isDefaultIgnorable(r):
				// ICU's substitution callback drops a default-ignorable
				// character the target cannot hold instead of writing '?'.
			default:
				out = append(out, '?')
			}
		}
	case "utf16le":
		out = make([]byte, 0, 2*len(runes))
		for _, r := range runes {
			if r == invalidRune {
				r = 0xFFFD
			}
			if r > 0xFFFF {
				a, b := utf16.EncodeRune(r)
				out = append(out, byte(a), byte(a>>8), byte(b), byte(b>>8))
			} else {
				out = append(out, byte(r), byte(r>>8))
			}
		}
	case "utf8":
		out = make([]byte, 0, len(runes))
		for _, r := range runes {
			if r == invalidRune {
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		}
	}
	return out, 0
}

func transcodable(enc string) bool {
	switch enc {
	case "ascii", "latin1", "utf16le", "utf8":
		return true
	}
	return false
}

// forgivingBase64 decodes s for atob the way Node v20's decoder (simdutf's
// forgiving base64) does: ASCII whitespace is ignored anywhere; up to two '='
// may end the input, and then they must complete the last group of four.
// code is -2 for a character outside the alphabet (or misplaced '=' padding),
// -1 when one character of a group is left over. A character outside the
// alphabet found while decoding wins over a left-over one.
func forgivingBase64(s jsString) (data []byte, code int) {
	n := s.length()
	for n > 0 && isBase64Space(s.at(n-1)) {
		n--
	}
	equalSigns := 0
	if n > 0 && s.at(n-1) == '=' {
		n--
		equalSigns++
		for n > 0 && isBase64Space(s.at(n-1)) {
			n--
		}
		if n > 0 && s.at(n-1) == '=' {
			n--
			equalSigns++
		}
	}
	if n == 0 {
		if equalSigns > 0 {
			return nil, -2
		}
		return []byte{}, 0
	}
	out := make([]byte, 0, n*3/4+3)
	var acc uint32
	bits, group := 0, 0
	for i := 0; i < n; i++ {
		c := s.at(i)
		if isBase64Space(c) {
			continue
		}
		if c > 0x7F || c == '-' || c == '_' || unbase64Table[c] == 0xFF {
			return nil, -2
		}
		acc = acc<<6 | uint32(unbase64Table[c])
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>uint(bits)))
		}
		group = (group + 1) % 4
	}
	if group == 1 {
		return nil, -1
	}
	if equalSigns > 0 && (len(out)%3 == 0 || len(out)%3+1+equalSigns != 4) {
		return nil, -2
	}
	return out, 0
}

func isBase64Space(c uint16) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isDefaultIgnorable reports whether r is one of the default-ignorable code
// points that ICU's substitution callback skips (its own list).
func isDefaultIgnorable(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFEFF, r == 0xFFA0:
		return true
	case r >= 0x17B4 && r <= 0x17B5, r >= 0x180B && r <= 0x180F, r >= 0x200B && r <= 0x200F,
		r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F, r >= 0xFE00 && r <= 0xFE0F,
		r >= 0xFFF0 && r <= 0xFFF8, r >= 0x1BCA0 && r <= 0x1BCA3, r >= 0x1D173 && r <= 0x1D17A,
		r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return false
}
