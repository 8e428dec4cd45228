package sentence

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSpans asserts the invariants every caller relies on: spans are
// non-empty, in order, non-overlapping, inside text, and carry no leading
// or trailing white space.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %v out of order or bounds (prev end %d, len %d) in %q", i, s, prev, len(text), text)
		}
		r, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
		l, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if unicode.IsSpace(r) || unicode.IsSpace(l) {
			t.Fatalf("span %d %v not trimmed: %q", i, s, text[s.Start:s.End])
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.text)
	}
	f.Add("a. b. c.\n\n- d\n1) e")
	f.Add("\xff.\xfe? \x80!")
	f.Add(". . . ")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Split(text))
		checkWords(t, text, Words(text))
	})
}

// checkWords asserts that word spans are ordered, disjoint and start and end
// on a word rune.
func checkWords(t *testing.T, text string, words []Span) {
	t.Helper()
	prev := 0
	for i, w := range words {
		if w.Start < prev || w.End <= w.Start || w.End > len(text) {
			t.Fatalf("word %d %v out of order or bounds in %q", i, w, text)
		}
		r, _ := utf8.DecodeRuneInString(text[w.Start:w.End])
		l, _ := utf8.DecodeLastRuneInString(text[w.Start:w.End])
		if !isWordRune(r) || !isWordRune(l) {
			t.Fatalf("word %d %q does not start and end on a word rune", i, text[w.Start:w.End])
		}
		prev = w.End
	}
}

// FuzzSplitMatchesReference checks that the byte-scanning Split and
// AppendWords find exactly what the rune-by-rune reference versions find.
func FuzzSplitMatchesReference(f *testing.F) {
	for _, tc := range splitCases {
		f.Add(tc.text)
	}
	f.Add("Wait… what‽ Stop!\n\n- next — item’s end. É. über-cool 3.5, 1,000 don't")
	f.Add("a\xe2. b\xe2\x80. c\xe2\x80\xa6 D")
	f.Add("x'-y z-'w 1.,2 ab\u0301c")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := Split(text), referenceSplit(text); !slices.Equal(got, want) {
			t.Fatalf("Split(%q) = %v, reference %v", text, got, want)
		}
		if got, want := Words(text), referenceWords(nil, text); !slices.Equal(got, want) {
			t.Fatalf("Words(%q) = %v, reference %v", text, got, want)
		}
	})
}
