package util

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// stringWidth is the number of terminal columns s takes, the way Node's
// ICU-based getStringWidth counts them: East Asian wide and fullwidth
// characters and emoji presentation characters take two columns (each part
// of an emoji sequence counts, as in Node); control, format and combining
// characters none. s is measured after NFC normalisation.
func stringWidth(s string) int {
	s = norm.NFC.String(s)
	w := 0
	for _, c := range s {
		w += runeWidth(c)
	}
	return w
}

func runeWidth(c rune) int {
	if c != 0x00ad && unicode.In(c, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn) {
		return 0
	}
	switch width.LookupRune(c).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous, width.Neutral:
		if isEmojiPresentation(c) {
			return 2
		}
	}
	return 1
}

// emojiPresentation holds the Emoji_Presentation ranges of Unicode 15
// (emoji-data.txt) that are not already East Asian wide: the regional
// indicators and a few symbols. Wide ones are covered by the width table.
var emojiPresentation = [][2]rune{
	{0x1f1e6, 0x1f1ff}, // regional indicators
	{0x1f201, 0x1f201},
	{0x1f21a, 0x1f21a},
	{0x1f22f, 0x1f22f},
	{0x1f232, 0x1f236},
	{0x1f238, 0x1f23a},
}

func isEmojiPresentation(c rune) bool {
	if c < 0x1f1e6 {
		return false
	}
	for _, r := range emojiPresentation {
		if c >= r[0] && c <= r[1] {
			return true
		}
	}
	return width.LookupRune(c).Kind() == width.EastAsianWide && c >= 0x1f000
}
