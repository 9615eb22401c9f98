package buffer

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/bindings/binding/bindingtest"
)

// newVM is a runtime with the binding as the global `b` and a Uint8Array
// helper `u8(...bytes)`.
func newVM(t testing.TB) *goja.Runtime {
	vm := bindingtest.New(t, "b", Init)
	bindingtest.Run(t, vm, `function u8(...a) { return new Uint8Array(a); }`)
	return vm
}

func run(t testing.TB, vm *goja.Runtime, src string) goja.Value { return bindingtest.Run(t, vm, src) }

func TestStringLayout(t *testing.T) {
	checkLayout()
	if !layoutOK {
		t.Fatal("goja's string representations are not the expected ones; the fast paths are off")
	}
	vm := goja.New()
	for _, s := range []string{"", "abc", "h\u00e9llo", "\U0001F600", "a\xedb"} {
		v := vm.ToValue(s)
		if _, err := vm.RunString(""); err != nil {
			t.Fatal(err)
		}
		js := readString(v)
		var got string
		if js.u16 == nil {
			got = js.ascii
		} else {
			got = string(utf16.Decode(js.u16))
		}
		if got != strings.ToValidUTF8(s, "\uFFFD") {
			t.Errorf("readString(%q) = %q", s, got)
		}
	}
	// Values made here compare equal to the engine's own strings.
	vm.Set("made", utf16Value([]uint16{0, 'x', 0xe9}))
	vm.Set("ascii", asciiValue("xyz"))
	if !run(t, vm, `made === 'x\u00e9' && ascii === 'xyz' && made.length === 2 && (made + ascii) === 'x\u00e9xyz'`).ToBoolean() {
		t.Error("strings made by the binding are not equal to the engine's")
	}
}

func TestUTF8Decode(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{0xc3, 0xa9}, "\u00e9"},
		{[]byte{0x80}, "\uFFFD"},
		{[]byte{0xe2, 0x82}, "\uFFFD"},
		{[]byte{0xf0, 0x9f, 0x98, 0x41}, "\uFFFDA"},
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xc0, 0x80}, "\uFFFD\uFFFD"},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xf0, 0x9f, 0x98, 0x80}, "\U0001F600"},
		{[]byte{0xe0, 0xa0}, "\uFFFD"},
	}
	for _, c := range cases {
		buf := make([]uint16, len(c.in)+1)
		n, used := utf8Decode(buf, 0, c.in, true)
		if got := string(utf16.Decode(buf[:n])); got != c.want || used != len(c.in) {
			t.Errorf("utf8Decode(% x) = %q (%d used), want %q", c.in, got, used, c.want)
		}
	}
	// Not final: an incomplete tail stays unconsumed.
	buf := make([]uint16, 8)
	if n, used := utf8Decode(buf, 0, []byte{'a', 0xe2, 0x82}, false); n != 1 || used != 1 {
		t.Errorf("incomplete tail: n=%d used=%d", n, used)
	}
}

func TestWriteUTF8(t *testing.T) {
	s := jsString{u16: utf16.Encode([]rune("a\u20ac\U0001F600"))}
	for size, want := range map[int]string{0: "", 1: "61", 3: "61", 4: "61e282ac", 7: "61e282ac", 8: "61e282acf09f9880"} {
		dst := make([]byte, size)
		n, _ := writeUTF8(dst, s)
		if got := hexOf(dst[:n]); got != want {
			t.Errorf("writeUTF8 into %d bytes = %s, want %s", size, got, want)
		}
	}
	lone := jsString{u16: []uint16{0xd800, 'x'}}
	if got := utf8Length(lone); got != 4 {
		t.Errorf("utf8Length(lone surrogate) = %d, want 4", got)
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	var sb strings.Builder
	for _, c := range b {
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	return sb.String()
}

func TestBase64(t *testing.T) {
	cases := map[string]string{
		"":          "",
		"YQ":        "61",
		"YWJj":      "616263",
		"YW Jj":     "616263",
		"ab=c":      "69",
		"a=bc":      "",
		"abcd=efg":  "69b71d",
		"aGVs*bG8_": "68656c6c6f3f",
		"Q":         "",
		"YR==":      "61",
	}
	for in, want := range cases {
		s := jsString{ascii: in}
		dst := make([]byte, base64DecodedSize(s))
		if got := hexOf(dst[:writeBase64(dst, s)]); got != want {
			t.Errorf("base64 %q = %s, want %s", in, got, want)
		}
	}
	// A two-byte string is read by its low bytes.
	s := jsString{u16: []uint16{'a', 'b', 0x161, 'c', 'd'}}
	dst := make([]byte, base64DecodedSize(s))
	if got := hexOf(dst[:writeBase64(dst, s)]); got != "69b69c" {
		t.Errorf("two-byte base64 = %s", got)
	}
}

func TestHex(t *testing.T) {
	for in, want := range map[string]string{"0a1": "0a", "12zz34": "12", "ABcd": "abcd", "z1": ""} {
		s := jsString{ascii: in}
		dst := make([]byte, len(in)/2)
		if got := hexOf(dst[:writeHex(dst, s)]); got != want {
			t.Errorf("hex %q = %s, want %s", in, got, want)
		}
	}
}

func TestIndexOf(t *testing.T) {
	hay := []byte("abcabc")
	cases := []struct {
		needle  string
		offset  int64
		forward bool
		want    int64
	}{
		{"bc", 0, true, 1}, {"bc", 2, true, 4}, {"bc", 5, true, -1}, {"bc", -2, true, 4},
		{"bc", 6, false, 4}, {"bc", 3, false, 1}, {"bc", -100, false, -1}, {"", 10, true, 6},
		{"", -100, false, 0}, {"abcabcd", 0, true, -1},
	}
	for _, c := range cases {
		if got := indexOfBytes(hay, []byte(c.needle), c.offset, false, c.forward); got != c.want {
			t.Errorf("indexOf(%q, %d, %v) = %d, want %d", c.needle, c.offset, c.forward, got, c.want)
		}
	}
	// UTF-16 searches match whole code units only.
	u := []byte{0x61, 0x62, 0x61, 0x62, 0x61}
	if got := indexOfBytes(u, []byte{0x62, 0x61}, 0, true, true); got != 4 {
		// Not found: Node reports len-1 for an odd haystack.
		t.Errorf("ucs2 unaligned = %d, want 4", got)
	}
	if got := indexOfBytes(u[:4], []byte{0x61, 0x62}, 1, true, true); got != 0 {
		// Offset 1 starts at unit 0.
		t.Errorf("ucs2 aligned = %d, want 0", got)
	}
}

func TestTranscode(t *testing.T) {
	cases := []struct {
		in       []byte
		from, to string
		want     string
		errno    int
	}{
		{[]byte("a\u20ac"), "utf8", "latin1", "613f", 0},
		{[]byte{0x61, 0xe9}, "latin1", "utf8", "61c3a9", 0},
		{[]byte{0x61, 0xe9}, "ascii", "utf16le", "6100e900", 0},
		{[]byte{0x00, 0xd8, 0x61, 0x00}, "utf16le", "utf8", "", uInvalidCharFound},
		{[]byte{0x61, 0x00, 0x62}, "utf16le", "utf16le", "6100fdff", 0},
		{[]byte{0xff}, "utf8", "utf16le", "", uInvalidCharFound},
		{[]byte("x"), "hex", "utf8", "", uIllegalArgumentError},
	}
	for _, c := range cases {
		out, errno := transcode(c.in, c.from, c.to)
		if errno != c.errno || hexOf(out) != c.want {
			t.Errorf("transcode(% x, %s, %s) = %s, %d; want %s, %d", c.in, c.from, c.to, hexOf(out), errno, c.want, c.errno)
		}
	}
}

func TestForgivingBase64(t *testing.T) {
	for in, want := range map[string]int{"YQ": 0, "YQ==": 0, "YQ=": -2, "Y": -1, "YQ-_": -2, " Y Q ": 0, "====": -2} {
		if _, code := forgivingBase64(jsString{ascii: in}); code != want {
			t.Errorf("forgivingBase64(%q) code %d, want %d", in, code, want)
		}
	}
}

func TestBindingFromJS(t *testing.T) {
	vm := newVM(t)
	checks := map[string]string{
		`b.sliceThis(u8(104, 105), 1, undefined, undefined, false)`:                                          "hi",
		`b.sliceThis(u8(0xff, 0x41), 4, 0, 2, false)`:                                                        "\u00ffA",
		`b.sliceThis(u8(1, 2), 5, 1, undefined, false)`:                                                      "02",
		`b.sliceThis(u8(1, 2), 5, 3, undefined, false)`:                                                      "-2",
		`b.sliceThis({}, 1, 0, 0, false)`:                                                                    "-1",
		`b.sliceThis(new ArrayBuffer(2), 1, 0, 0, false)`:                                                    "-1",
		`b.byteLengthUtf8('h\u00e9\u20ac\ud83d\ude00')`:                                                      "10",
		`(() => { const x = u8(0, 0, 0); return b.writeThis(x, 'ab', 1, undefined, 1, false) + ':' + x })()`: "2:0,97,98",
		`b.writeThis(u8(0), 5, 0, 1, 1, false)`:                                                              "-4",
		`b.writeThis(u8(0), 'a', 2, 1, 1, false)`:                                                            "-5",
		`b.indexOfString(u8(97, 98, 99), 'c', 0, 1, true)`:                                                   "2",
		`b.indexOfNumber(u8(97, 98, 99, 98), 98, -1, false)`:                                                 "3",
		`b.compare(u8(1, 2), u8(1, 3))`:                                                                      "-1",
		`(() => { const x = u8(0, 0, 0, 0, 0); b.fill(x, 'ab', 0, 5, 1); return x.join() })()`:               "97,98,97,98,97",
		`b.isUtf8(u8(0xed, 0xa0, 0x80))`:                                                                     "false",
		`b.atob(' YW Jj ')`:                                                                                  "abc",
		`b.atob('F =')`:                                                                                      "-1",
		`b.atob('FF=')`:                                                                                      "-2",
		`b.btoa('\u0100')`:                                                                                   "-1",
		`b.encodingName('latin1') + ' ' + b.encodingName('sjis') + ' ' + b.encodingName('nope')`:             "windows-1252 shift_jis undefined",
		`b.decode(b.getConverter('utf-16be', 0), u8(0, 0x61), 1)`:                                            "a",
		`(() => { const s = new Uint8Array(7); s[6] = 1; return b.decodeChunk(s, u8(0xe2, 0x82)) + '|' + s.join() })()`: "|226,130,0,0,1,2,1",
	}
	for src, want := range checks {
		if got := run(t, vm, src).String(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
}

func TestZeroCopy(t *testing.T) {
	vm := newVM(t)
	// Go writes land in the JavaScript array's own memory.
	v := run(t, vm, `const a = new Uint8Array(8); const v = a.subarray(2, 6); b.write(v, 'wxyz', 0, 4, 1); a`)
	got := bytesOf(v)
	if !bytes.Equal(got, []byte{0, 0, 'w', 'x', 'y', 'z', 0, 0}) {
		t.Errorf("write through a subarray: % x", got)
	}
	// Every typed array kind is readable as bytes.
	for _, ctor := range []string{"Uint8Array", "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array",
		"Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Uint8ClampedArray"} {
		v := run(t, vm, `new `+ctor+`(2)`)
		if b, kind := viewBytes(v); kind != kindTypedArray || len(b) == 0 {
			t.Errorf("%s: kind %d, %d bytes", ctor, kind, len(b))
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	data := bytes.Repeat([]byte("h\u00e9llo w\u00f6rld \u2014 \U0001F600 "), 1<<15)
	checkLayout()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		decodeUTF8Value(data)
	}
}

func BenchmarkToStringFromJS(b *testing.B) {
	vm := newVM(b)
	run(b, vm, `var x = new Uint8Array(25).fill(97);`)
	fn, _ := goja.AssertFunction(run(b, vm, `(function () { return b.sliceThis(x, 1, undefined, undefined, false); })`))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := fn(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}

func TestUTF16Length(t *testing.T) {
	data := bytes.Repeat([]byte("a\u00e9\u20ac\U0001F600\xff\xe2\x82"), 20000)
	buf := make([]uint16, len(data)+1)
	want, _ := utf8Decode(buf, 0, data, true)
	if got := utf16Length(data); got != want {
		t.Errorf("utf16Length = %d, want %d", got, want)
	}
}

func BenchmarkHexDecode(b *testing.B) {
	src := strings.Repeat("0123456789abcdef", 1<<16)
	dst := make([]byte, len(src)/2)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		writeHex(dst, jsString{ascii: src})
	}
}
