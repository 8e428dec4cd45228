package match

import (
	"slices"
	"testing"
)

// FuzzTokenizeFastPath checks that the tokenizer's byte-table shortcuts
// give the tokens of the plain definition, one rune at a time, below.
func FuzzTokenizeFastPath(f *testing.F) {
	for _, s := range []string{"Going forward, we leverage SSO.", "touch\u00a0base", "CI/CD", "a-b", "x://y z",
		"API's", "don\u2019t", "\xff\xfeab", "e.g. TL;DR", "--a--b", "caf\u00e9 na\u00efve", "R&D_2 node.js"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Tokenize(s, nil), tokenizeByRune(s, nil); !slices.Equal(got, want) {
			t.Fatalf("Tokenize(%q) = %v, want %v", s, got, want)
		}
	})
}

// tokenizeByRune is Tokenize without its shortcuts: every character is
// decoded and classified on its own.
func tokenizeByRune(text string, dst []Token) []Token {
	brk := false
	joined := false
	i := 0
	for i < len(text) {
		r, size := decode(text, i)
		switch {
		case isWordRune(r):
			end := scanWordByRune(text, i)
			if hasPrefixAt(text, end, "://") {
				i = skipURL(text, end)
				brk, joined = true, false
				continue
			}
			dst = append(dst, Token{Start: i, End: end, Joined: joined, Break: brk})
			brk, joined = false, false
			i = end
			if j, ok := joinerAt(text, i); ok && j < len(text) {
				if next, _ := decode(text, j); isWordRune(next) {
					joined = true
					i = j
				}
			}
			continue
		case IsSpace(r):
			// White space, line breaks and no-break spaces separate words
			// without breaking a phrase.
		default:
			brk, joined = true, false
		}
		i += size
	}
	return dst
}

// scanWordByRune is scanWord without its shortcut.
func scanWordByRune(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		if isWordRune(r) {
			i += size
			continue
		}
		if isInnerRune(r) && i+size < len(s) {
			if next, _ := decode(s, i+size); isWordRune(next) {
				i += size
				continue
			}
		}
		if r == ';' && i > 0 && i+1 < len(s) && isUpperASCII(s[i-1]) && isUpperASCII(s[i+1]) {
			// TL;DR is one abbreviation; a semicolon between capitals
			// with no space is never a clause break in prose.
			i++
			continue
		}
		break
	}
	return i
}
