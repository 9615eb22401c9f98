package url

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/bidi"
)

// uts46 is UTS #46 processing with the options the URL Standard's "domain to
// ASCII" uses when beStrict is false: nontransitional, CheckHyphens=false,
// CheckJoiners=true, UseSTD3ASCIIRules=false, VerifyDnsLength=false. The
// order matters: MapForLookup switches on hyphen checks and STD3 rules,
// which the later options switch off again. CheckBidi is done by checkBidi
// below rather than by idna.BidiRule, to give Node's results.
var uts46 = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

// isForbiddenHost reports the URL Standard's forbidden host code points.
func isForbiddenHost(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

// isForbiddenDomain reports the forbidden domain code points: the forbidden
// host code points, C0 controls, '%' and DEL.
func isForbiddenDomain(c byte) bool {
	return c <= 0x1f || c == '%' || c == 0x7f || isForbiddenHost(c)
}

// parseHost is the host parser. The result is the serialized host. isOpaque
// is true for non-special schemes.
func parseHost(in []byte, isOpaque bool) (string, bool) {
	if len(in) > 0 && in[0] == '[' {
		if in[len(in)-1] != ']' || len(in) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(in[1 : len(in)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(&addr) + "]", true
	}
	if isOpaque {
		return parseOpaqueHost(in)
	}
	decoded := percentDecode(in)
	ascii, ok := domainToASCII(decoded)
	if !ok {
		return "", false
	}
	if endsInNumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// parseOpaqueHost checks for forbidden host code points and percent-encodes
// the rest with the C0 control set.
func parseOpaqueHost(in []byte) (string, bool) {
	for _, c := range in {
		if isForbiddenHost(c) {
			return "", false
		}
	}
	return string(appendEncodedString(make([]byte, 0, len(in)), string(in), &c0ControlSet)), true
}

// domainToASCII is the URL Standard's "domain to ASCII" with beStrict false,
// including the check for forbidden domain code points. domain holds UTF-8
// bytes (after percent-decoding; invalid sequences decode to U+FFFD, which
// UTS #46 rejects).
func domainToASCII(domain []byte) (string, bool) {
	s, ok := idnaToASCII(domain)
	if !ok || s == "" {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if isForbiddenDomain(s[i]) {
			return "", false
		}
	}
	return s, true
}

// idnaToASCII runs UTS #46 ToASCII the way Node's URL parser (ada) does:
// besides the standard's rules, an "xn--" label whose Punycode has no
// extended part ("xn--a-b-", which decodes to the ASCII "a-b") is valid and
// kept as it is (lowercased), where x/net/idna now rejects it.
func idnaToASCII(domain []byte) (string, bool) {
	masked, labels, mask := maskASCIIPunycode(domain)
	if labels == nil {
		return idnaToASCIIStrict(domain)
	}
	out, ok := idnaToASCIIStrict(masked)
	if !ok {
		return "", false
	}
	return unmaskASCIIPunycode(out, labels, mask, false), true
}

// isASCIIPunycodeLabel reports whether label is "xn--" (any case), ASCII
// characters, and a final '-' with at least one character before it: a
// Punycode label with no extended part, which decodes to ASCII.
func isASCIIPunycodeLabel(label []byte) bool {
	if len(label) < 6 || label[0]|0x20 != 'x' || label[1]|0x20 != 'n' || label[2] != '-' || label[3] != '-' ||
		label[len(label)-1] != '-' {
		return false
	}
	for _, c := range label {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// asciiPunycodeMask is the stand-in for the n-th such label while the rest of
// the domain goes through UTS #46: letters and digits, which map to themselves,
// after a prefix that the domain does not contain.
func asciiPunycodeMask(prefix string, n int) string {
	return prefix + strconv.Itoa(n) + "x"
}

// maskASCIIPunycode replaces the ASCII-decoding "xn--" labels of domain by
// stand-ins; labels lists them (lowercased) in order, nil when there is none;
// prefix is the stand-ins' prefix. Labels are separated by '.' and the three
// dots UTS #46 maps to it.
func maskASCIIPunycode(domain []byte) (out []byte, labels []string, prefix string) {
	if !containsXN(domain) {
		return nil, nil, ""
	}
	prefix = "gonodeace"
	lower := bytes.ToLower(domain)
	for bytes.Contains(lower, []byte(prefix)) {
		prefix += "q"
	}
	start := 0
	for i := 0; i <= len(domain); {
		size := 0
		switch {
		case i == len(domain):
		case domain[i] == '.':
			size = 1
		case bytes.HasPrefix(domain[i:], []byte("\u3002")), bytes.HasPrefix(domain[i:], []byte("\uFF0E")),
			bytes.HasPrefix(domain[i:], []byte("\uFF61")):
			size = 3
		default:
			i++
			continue
		}
		label := domain[start:i]
		if isASCIIPunycodeLabel(label) {
			if labels == nil {
				out = append(out, domain[:start]...)
			}
			out = append(out, asciiPunycodeMask(prefix, len(labels))...)
			labels = append(labels, lowerASCII(label))
		} else if labels != nil {
			out = append(out, label...)
		}
		if labels != nil {
			out = append(out, domain[i:i+size]...)
		}
		if i == len(domain) {
			break
		}
		i += size
		start = i
	}
	return out, labels, prefix
}

// containsXN reports whether "xn--" appears in domain, in any case.
func containsXN(domain []byte) bool {
	for i := 0; i+4 <= len(domain); i++ {
		if domain[i]|0x20 == 'x' && domain[i+1]|0x20 == 'n' && domain[i+2] == '-' && domain[i+3] == '-' {
			return true
		}
	}
	return false
}

// unmaskASCIIPunycode puts the labels back in place of their stand-ins in
// the ASCII domain out, decoded ("xn--a-b-" → "a-b") when decode is set.
func unmaskASCIIPunycode(out string, labels []string, prefix string, decode bool) string {
	parts := strings.Split(out, ".")
	for i, part := range parts {
		for n, label := range labels {
			if part == asciiPunycodeMask(prefix, n) {
				if decode {
					label = label[4 : len(label)-1]
				}
				parts[i] = label
				break
			}
		}
	}
	return strings.Join(parts, ".")
}

// idnaToASCIIStrict runs UTS #46 ToASCII. A domain that is ASCII and has no
// label starting with "xn--" only needs lowercasing, which the URL Standard
// allows as a shortcut.
func idnaToASCIIStrict(domain []byte) (string, bool) {
	ascii := true
	for _, c := range domain {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && !hasPunycodeLabel(domain) {
		return lowerASCII(domain), true
	}
	in := string(domain)
	if !utf8.ValidString(in) {
		in = strings.ToValidUTF8(in, "\uFFFD")
	}
	if badPunycodeLabel(in) {
		return "", false
	}
	out, err := uts46.ToASCII(in)
	if err != nil {
		return "", false
	}
	if !ascii || hasPunycodeLabel([]byte(out)) {
		u, err := uts46.ToUnicode(out)
		if err != nil {
			// ToUnicode refuses to decode labels of more than 1024 code
			// points, which ToASCII accepts: check the input's labels.
			u = strings.NewReplacer("\u3002", ".", "\uFF0E", ".", "\uFF61", ".").Replace(in)
		}
		if !checkBidi(u) {
			return "", false
		}
	}
	return out, true
}

// checkBidi applies the RFC 5893 Bidi rule the way Node's URL parser (ada)
// does: only to labels that start with a right-to-left character (bidi class
// R, AL or AN), which must then hold only R, AL, AN, EN, ES, CS, ET, ON, BN
// and NSM characters, end in R, AL, EN or AN (before any NSM), and not mix
// EN with AN. Other labels are not checked.
func checkBidi(domain string) bool {
	for domain != "" {
		label := domain
		if i := strings.IndexByte(domain, '.'); i >= 0 {
			label, domain = domain[:i], domain[i+1:]
		} else {
			domain = ""
		}
		if !checkBidiLabel(label) {
			return false
		}
	}
	return true
}

func bidiClass(r rune) bidi.Class {
	p, _ := bidi.LookupRune(r)
	return p.Class()
}

func checkBidiLabel(label string) bool {
	first, _ := utf8.DecodeRuneInString(label)
	if first < 0x80 {
		return true
	}
	switch bidiClass(first) {
	case bidi.R, bidi.AL, bidi.AN:
	default:
		return true
	}
	hasEN, hasAN := false, false
	last := bidi.Class(0)
	lastSet := false
	for _, r := range label {
		c := bidiClass(r)
		switch c {
		case bidi.R, bidi.AL, bidi.ES, bidi.CS, bidi.ET, bidi.ON, bidi.BN:
		case bidi.EN:
			hasEN = true
		case bidi.AN:
			hasAN = true
		case bidi.NSM:
			continue
		default:
			return false
		}
		last, lastSet = c, true
	}
	if hasEN && hasAN || !lastSet {
		return false
	}
	switch last {
	case bidi.R, bidi.AL, bidi.EN, bidi.AN:
		return true
	}
	return false
}

// badPunycodeLabel finds the "xn--" labels that UTS #46 rejects but x/net/idna
// lets through: "xn--" alone (it decodes to an empty label) and ones with
// non-ASCII characters (a trailing '-' makes x/net take them as they are).
func badPunycodeLabel(domain string) bool {
	for domain != "" {
		label := domain
		if i := strings.IndexAny(domain, ".\u3002\uFF0E\uFF61"); i >= 0 {
			_, size := utf8.DecodeRuneInString(domain[i:])
			label, domain = domain[:i], domain[i+size:]
		} else {
			domain = ""
		}
		if len(label) < 4 || label[0]|0x20 != 'x' || label[1]|0x20 != 'n' || label[2] != '-' || label[3] != '-' {
			continue
		}
		if len(label) == 4 {
			return true
		}
		for i := 4; i < len(label); i++ {
			if label[i] >= 0x80 {
				return true
			}
		}
	}
	return false
}

// hasPunycodeLabel reports whether a label of domain starts with "xn--" in any
// case.
func hasPunycodeLabel(domain []byte) bool {
	for i := 0; i+4 <= len(domain); i++ {
		if (i == 0 || domain[i-1] == '.') &&
			domain[i]|0x20 == 'x' && domain[i+1]|0x20 == 'n' && domain[i+2] == '-' && domain[i+3] == '-' {
			return true
		}
	}
	return false
}

func lowerASCII(b []byte) string {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			out := make([]byte, len(b))
			copy(out, b[:i])
			for j := i; j < len(b); j++ {
				c := b[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				out[j] = c
			}
			return string(out)
		}
	}
	return string(b)
}

// domainToUnicode runs UTS #46 ToUnicode on an already valid ASCII host; an
// "xn--" label with no extended part decodes to its ASCII characters, as in
// ada.
func domainToUnicode(host string) string {
	if !hasPunycodeLabel([]byte(host)) {
		return host
	}
	masked, labels, mask := maskASCIIPunycode([]byte(host))
	if labels == nil {
		out, _ := uts46.ToUnicode(host)
		return out
	}
	out, _ := uts46.ToUnicode(string(masked))
	return unmaskASCIIPunycode(out, labels, mask, true)
}

// endsInNumber reports whether the last (non-empty) label of a domain is a
// number, which makes the host parser treat the whole domain as IPv4.
func endsInNumber(s string) bool {
	if strings.HasSuffix(s, ".") {
		if len(s) == 1 {
			return false
		}
		s = s[:len(s)-1]
	}
	last := s[strings.LastIndexByte(s, '.')+1:]
	if last == "" {
		return false
	}
	digits := true
	for i := 0; i < len(last); i++ {
		if last[i] < '0' || last[i] > '9' {
			digits = false
			break
		}
	}
	if digits {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

const ipv4Overflow = 1 << 32

// parseIPv4Number parses a decimal, 0x-hex or 0-octal part. Values above 2^32
// are clamped to 2^32 (any such value makes the address invalid).
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := uint64(10)
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
		radix = 16
	} else if len(s) >= 2 && s[0] == '0' {
		s = s[1:]
		radix = 8
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		d := uint64(hexValue(s[i]))
		if hexValue(s[i]) < 0 || d >= radix {
			return 0, false
		}
		if v < ipv4Overflow {
			v = v*radix + d
			if v > ipv4Overflow {
				v = ipv4Overflow
			}
		}
	}
	return v, true
}

// parseIPv4 is the IPv4 parser, for a domain that ends in a number.
func parseIPv4(s string) (uint32, bool) {
	if strings.HasSuffix(s, ".") && len(s) > 1 {
		s = s[:len(s)-1]
	}
	var nums [4]uint64
	n := 0
	for {
		i := strings.IndexByte(s, '.')
		part := s
		if i >= 0 {
			part = s[:i]
		}
		if n == 4 {
			return 0, false
		}
		v, ok := parseIPv4Number(part)
		if !ok {
			return 0, false
		}
		nums[n] = v
		n++
		if i < 0 {
			break
		}
		s = s[i+1:]
	}
	for i := 0; i < n-1; i++ {
		if nums[i] > 255 {
			return 0, false
		}
	}
	if nums[n-1] >= uint64(1)<<(8*(5-n)) {
		return 0, false
	}
	v := nums[n-1]
	for i := 0; i < n-1; i++ {
		v += nums[i] << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	b := make([]byte, 0, 15)
	for i := 3; i >= 0; i-- {
		b = strconv.AppendUint(b, uint64(v>>(8*i)&255), 10)
		if i > 0 {
			b = append(b, '.')
		}
	}
	return string(b)
}

// parseIPv6 is the IPv6 parser (the text between the brackets).
func parseIPv6(in []byte) ([8]uint16, bool) {
	var addr [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) int {
		if i < len(in) {
			return int(in[i])
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 && hexValue(byte(at(p))) >= 0 {
			value = value*16 + hexValue(byte(at(p)))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			seen := 0
			for at(p) != -1 {
				part := -1
				if seen > 0 {
					if at(p) == '.' && seen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if c := at(p); c < '0' || c > '9' {
					return addr, false
				}
				for c := at(p); c >= '0' && c <= '9'; c = at(p) {
					d := c - '0'
					switch {
					case part == -1:
						part = d
					case part == 0:
						return addr, false
					default:
						part = part*10 + d
					}
					if part > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(part)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

// serializeIPv6 writes the address in lowercase hex, compressing the first
// longest run of two or more zero pieces.
func serializeIPv6(a *[8]uint16) string {
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	b := make([]byte, 0, 39)
	for i := 0; i < 8; i++ {
		if i == best {
			if i == 0 {
				b = append(b, ':')
			}
			b = append(b, ':')
			i += bestLen - 1
			continue
		}
		b = strconv.AppendUint(b, uint64(a[i]), 16)
		if i < 7 {
			b = append(b, ':')
		}
	}
	return string(b)
}
