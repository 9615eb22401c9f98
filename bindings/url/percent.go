package url

// The percent-encode sets of the URL Standard, as byte tables: set[b] is true
// when byte b must be written as %XX. Every set contains the bytes of non-ASCII
// code points (>= 0x80), so encoding a UTF-8 string byte by byte gives the
// standard's "UTF-8 percent-encode" of each code point.
type encodeSet [256]bool

var (
	c0ControlSet    encodeSet // C0 controls and everything above '~'
	fragmentSet     encodeSet // + space " < > `
	querySet        encodeSet // C0 + space " # < >
	specialQuerySet encodeSet // query + '
	pathSet         encodeSet // query + ? ` { }
	userinfoSet     encodeSet // path + / : ; = @ [ \ ] ^ |
	componentSet    encodeSet // userinfo + $ % & + ,
	formSet         encodeSet // component + ! ' ( ) ~ (application/x-www-form-urlencoded)
)

func extend(base *encodeSet, chars string) encodeSet {
	s := *base
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return s
}

func init() {
	for i := range c0ControlSet {
		c0ControlSet[i] = i < 0x20 || i > 0x7e
	}
	fragmentSet = extend(&c0ControlSet, " \"<>`")
	querySet = extend(&c0ControlSet, " \"#<>")
	specialQuerySet = extend(&querySet, "'")
	pathSet = extend(&querySet, "?`{}")
	userinfoSet = extend(&pathSet, "/:;=@[\\]^|")
	componentSet = extend(&userinfoSet, "$%&+,")
	formSet = extend(&componentSet, "!'()~")
}

const upperHex = "0123456789ABCDEF"

// appendEncoded appends byte b to dst, percent-encoded when set says so.
func appendEncoded(dst []byte, b byte, set *encodeSet) []byte {
	if set[b] {
		return append(dst, '%', upperHex[b>>4], upperHex[b&15])
	}
	return append(dst, b)
}

// appendEncodedString appends s to dst, percent-encoding the bytes in set.
func appendEncodedString(dst []byte, s string, set *encodeSet) []byte {
	for i := 0; i < len(s); i++ {
		dst = appendEncoded(dst, s[i], set)
	}
	return dst
}

// encodeString percent-encodes s with set, returning s itself when nothing
// needs encoding.
func encodeString(s string, set *encodeSet) string {
	for i := 0; i < len(s); i++ {
		if set[s[i]] {
			return string(appendEncodedString(append(make([]byte, 0, len(s)+8), s[:i]...), s[i:], set))
		}
	}
	return s
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// percentDecode decodes %XX sequences; a '%' not followed by two hex digits
// stays as it is.
func percentDecode(s []byte) []byte {
	i := 0
	for i < len(s) && s[i] != '%' {
		i++
	}
	if i == len(s) {
		return s
	}
	out := append(make([]byte, 0, len(s)), s[:i]...)
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && hexValue(s[i+1]) >= 0 && hexValue(s[i+2]) >= 0 {
			out = append(out, byte(hexValue(s[i+1])<<4|hexValue(s[i+2])))
			i += 2
			continue
		}
		out = append(out, c)
	}
	return out
}
