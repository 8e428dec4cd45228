package match

import (
	"testing"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
)

// TestWordRunesAgreeWithGlossary: glossary validation decides which terms
// could never match by the same idea of a word character as the
// tokenizer; this proves the two agree on every rune.
func TestWordRunesAgreeWithGlossary(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r == utf8.RuneError || (r >= 0xD800 && r <= 0xDFFF) {
			continue
		}
		if isWordRune(r) != glossary.IsWordRune(r) {
			t.Fatalf("%U: tokenizer says %v, glossary says %v", r, isWordRune(r), glossary.IsWordRune(r))
		}
	}
}
