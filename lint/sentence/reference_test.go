package sentence

import (
	"unicode"
	"unicode/utf8"
)

// The first, rune-at-a-time versions of Split and AppendWords, kept as the
// reference the byte-scanning versions are fuzzed against
// (FuzzSplitMatchesReference): they read plainly, so they are easy to
// trust.

func referenceSplit(text string) []Span {
	var spans []Span
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isTerminator(r):
			end, next, ok := endAfterTerminator(text, start, i)
			if ok {
				spans = appendTrimmed(spans, text, start, end)
				start = end
			}
			i = next
			continue
		case r == '\n' && lineBreakEnds(text, i+1):
			spans = appendTrimmed(spans, text, start, i)
			start = i + 1
		}
		i += size
	}
	return appendTrimmed(spans, text, start, len(text))
}

func referenceWords(out []Span, text string) []Span {
	start := -1 // start of the word being read, or -1 between words
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case referenceIsWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && referenceJoinsWord(text, i, r, size):
			// Keep the joiner inside the word and carry on reading.
		default:
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

func referenceJoinsWord(text string, i int, r rune, size int) bool {
	if i == 0 || i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '\'', '’', '-', '\u2010', '\u2011':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return referenceIsWordRune(prev) && referenceIsWordRune(next)
	case '.', ',':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

func referenceIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
