package buffer

import "github.com/dop251/goja"

// A StringDecoder's state lives in a 7-byte Buffer that JavaScript owns (its
// lastChar, lastNeed and lastTotal read it directly), laid out as Node's:
const (
	sdIncompleteStart = 0 // bytes 0..3: the incomplete character so far
	sdIncompleteEnd   = 4
	sdMissingBytes    = 4 // bytes still needed to complete it
	sdBufferedBytes   = 5 // bytes of it held in 0..3
	sdEncoding        = 6 // the encoding number (codec.go)
	sdSize            = 7
)

func initStringDecoder(vm *goja.Runtime, b *goja.Object) {
	b.Set("kIncompleteCharactersStart", sdIncompleteStart)
	b.Set("kIncompleteCharactersEnd", sdIncompleteEnd)
	b.Set("kMissingBytes", sdMissingBytes)
	b.Set("kBufferedBytes", sdBufferedBytes)
	b.Set("kEncodingField", sdEncoding)
	b.Set("kSize", sdSize)

	// decodeChunk(state, bytes) → the string for the complete characters of
	// what was buffered plus bytes; the tail of an incomplete character is
	// kept in state.
	b.Set("decodeChunk", func(c goja.FunctionCall) goja.Value {
		state := bytesOf(c.Argument(0))
		return sdDecode(state, bytesOf(c.Argument(1)))
	})

	// flushDecoder(state) → the buffered incomplete character, decoded as it
	// is; state is emptied.
	b.Set("flushDecoder", func(c goja.FunctionCall) goja.Value {
		return sdFlush(bytesOf(c.Argument(0)))
	})
}

func sdDecode(st []byte, data []byte) goja.Value {
	enc := int(st[sdEncoding])
	if enc != encUTF8 && enc != encUCS2 && enc != encBase64 && enc != encBase64URL {
		return decodeValue(data, enc)
	}
	var prepend []byte
	if st[sdMissingBytes] > 0 {
		if enc == encUTF8 {
			// A byte that should continue the character but does not ends it
			// early: what was buffered is decoded as it is (into U+FFFD) and
			// the byte starts the next character.
			for i := 0; i < len(data) && i < int(st[sdMissingBytes]); i++ {
				if data[i]&0xC0 != 0x80 {
					st[sdMissingBytes] = 0
					copy(st[st[sdBufferedBytes]:], data[:i])
					st[sdBufferedBytes] += byte(i)
					data = data[i:]
					break
				}
			}
		}
		found := min(len(data), int(st[sdMissingBytes]))
		copy(st[st[sdBufferedBytes]:], data[:found])
		data = data[found:]
		st[sdMissingBytes] -= byte(found)
		st[sdBufferedBytes] += byte(found)
		if st[sdMissingBytes] == 0 {
			prepend = append([]byte(nil), st[:st[sdBufferedBytes]]...)
			st[sdBufferedBytes] = 0
		}
	}
	if len(data) == 0 {
		if prepend == nil {
			return asciiValue("")
		}
		return decodeValue(prepend, enc)
	}
	n := len(data)
	switch enc {
	case encUTF8:
		if data[n-1]&0x80 != 0 {
			// Find where the last character starts and how long it should be.
			for i := n - 1; ; i-- {
				st[sdBufferedBytes]++
				if data[i]&0xC0 == 0x80 {
					if st[sdBufferedBytes] >= 4 || i == 0 {
						st[sdBufferedBytes] = 0 // not a character anyway
						break
					}
					continue
				}
				switch {
				case data[i]&0xE0 == 0xC0:
					st[sdMissingBytes] = 2
				case data[i]&0xF0 == 0xE0:
					st[sdMissingBytes] = 3
				case data[i]&0xF8 == 0xF0:
					st[sdMissingBytes] = 4
				default:
					st[sdBufferedBytes] = 0
				}
				if st[sdBufferedBytes] == 0 {
					break
				}
				if st[sdBufferedBytes] >= st[sdMissingBytes] {
					// Complete (or invalid anyway): nothing to hold back.
					st[sdMissingBytes] = 0
					st[sdBufferedBytes] = 0
				}
				st[sdMissingBytes] -= st[sdBufferedBytes]
				break
			}
		}
	case encUCS2:
		if n%2 == 1 {
			st[sdBufferedBytes], st[sdMissingBytes] = 1, 1
		} else if data[n-1]&0xFC == 0xD8 {
			// The first half of a surrogate pair.
			st[sdBufferedBytes], st[sdMissingBytes] = 2, 2
		}
	default: // base64, base64url: whole groups of three bytes
		st[sdBufferedBytes] = byte(n % 3)
		if st[sdBufferedBytes] > 0 {
			st[sdMissingBytes] = 3 - st[sdBufferedBytes]
		}
	}
	if k := int(st[sdBufferedBytes]); k > 0 {
		n -= k
		copy(st[sdIncompleteStart:], data[n:n+k])
	}
	body := data[:n]
	if prepend == nil {
		return decodeValue(body, enc)
	}
	// Decode the two parts separately, as Node does, then join them.
	if len(body) == 0 {
		return decodeValue(prepend, enc)
	}
	return concatValues(decodeValue(prepend, enc), decodeValue(body, enc))
}

func sdFlush(st []byte) goja.Value {
	enc := int(st[sdEncoding])
	if enc == encUCS2 && st[sdBufferedBytes]%2 == 1 {
		// A single trailing byte is dropped.
		st[sdMissingBytes]--
		st[sdBufferedBytes]--
	}
	if st[sdBufferedBytes] == 0 {
		return asciiValue("")
	}
	ret := decodeValue(append([]byte(nil), st[:st[sdBufferedBytes]]...), enc)
	st[sdMissingBytes] = 0
	st[sdBufferedBytes] = 0
	return ret
}

// concatValues joins two JavaScript strings.
func concatValues(a, b goja.Value) goja.Value {
	sa, ok1 := a.(goja.String)
	sb, ok2 := b.(goja.String)
	if ok1 && ok2 {
		return sa.Concat(sb)
	}
	return goja.StringFromUTF16(append(readString(a).units(), readString(b).units()...))
}

// units returns the code units of s (a copy for an ASCII string).
func (s jsString) units() []uint16 {
	if s.u16 != nil {
		return s.u16
	}
	return widen(s.ascii)
}
