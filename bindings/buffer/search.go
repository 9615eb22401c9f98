package buffer

import "bytes"

// indexOfOffset turns the byteOffset of indexOf/lastIndexOf into the first
// position to examine, or -1 when no search is needed (Node's rules for
// negative and out-of-range offsets).
func indexOfOffset(length, offset, needleLen int64, forward bool) int64 {
	if offset < 0 {
		if offset+length >= 0 {
			return length + offset // counted from the end
		}
		if forward || needleLen == 0 {
			return 0 // before the start: search everything
		}
		return -1
	}
	if offset+needleLen <= length {
		return offset
	}
	if needleLen == 0 {
		return length
	}
	if forward {
		return -1 // past the end
	}
	return length - 1
}

// searchBytes finds needle in haystack at or after start (forward) or at or
// before start (backward); -1 when absent.
func searchBytes(haystack, needle []byte, start int, forward bool) int {
	if len(haystack) < len(needle) {
		return -1
	}
	if forward {
		if start > len(haystack) {
			return -1
		}
		if len(needle) == 1 {
			if i := bytes.IndexByte(haystack[start:], needle[0]); i >= 0 {
				return start + i
			}
			return -1
		}
		if i := bytes.Index(haystack[start:], needle); i >= 0 {
			return start + i
		}
		return -1
	}
	if last := len(haystack) - len(needle); start > last {
		start = last
	}
	return bytes.LastIndex(haystack[:start+len(needle)], needle)
}

// searchUnits is searchBytes over 16-bit units: both slices hold
// little-endian code units, positions are in units, and matches must be
// unit-aligned.
func searchUnits(haystack, needle []byte, start int, forward bool) int {
	hn, nn := len(haystack)/2, len(needle)/2
	if hn < nn {
		return -1
	}
	haystack, needle = haystack[:2*hn], needle[:2*nn]
	if forward {
		for pos := 2 * start; pos <= len(haystack); {
			i := bytes.Index(haystack[pos:], needle)
			if i < 0 {
				return -1
			}
			if (pos+i)%2 == 0 {
				return (pos + i) / 2
			}
			pos += i + 1
		}
		return -1
	}
	if start > hn-nn {
		start = hn - nn
	}
	end := 2*start + len(needle)
	for end >= len(needle) {
		i := bytes.LastIndex(haystack[:end], needle)
		if i < 0 {
			return -1
		}
		if i%2 == 0 {
			return i / 2
		}
		end = i + len(needle) - 1
	}
	return -1
}

// indexOfBytes is the common core of Node's IndexOfString and IndexOfBuffer
// once the needle is bytes. ucs2 searches whole code units; haystackLen is
// the length Node reports for "not found" arithmetic (see indexOfBuffer).
func indexOfBytes(haystack, needle []byte, offset int64, ucs2, forward bool) int64 {
	hl := int64(len(haystack))
	nl := int64(len(needle))
	opt := indexOfOffset(hl, offset, nl, forward)
	if nl == 0 {
		return opt // like String#indexOf: an empty needle matches at the offset
	}
	if hl == 0 || opt <= -1 {
		return -1
	}
	if (forward && nl+opt > hl) || nl > hl {
		return -1
	}
	if ucs2 {
		if hl < 2 || nl < 2 {
			return -1
		}
		r := searchUnits(haystack, needle, int(opt/2), forward)
		if r < 0 {
			// Node reports "not found" as the unit count times two, which
			// equals the haystack length (and so becomes -1) only when that
			// length is even: an odd-length haystack yields its length - 1.
			r = len(haystack) / 2
		}
		res := int64(r) * 2
		if res == hl {
			return -1
		}
		return res
	}
	r := searchBytes(haystack, needle, int(opt), forward)
	return int64(r)
}
