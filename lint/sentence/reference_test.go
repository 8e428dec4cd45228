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
			end, next, ok := referenceEndAfterTerminator(text, start, i)
			if ok {
				spans = referenceAppendTrimmed(spans, text, start, end)
				start = end
			}
			i = next
			continue
		case r == '\n' && referenceLineBreakEnds(text, i+1):
			spans = referenceAppendTrimmed(spans, text, start, i)
			start = i + 1
		}
		i += size
	}
	return referenceAppendTrimmed(spans, text, start, len(text))
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

func referenceEndAfterTerminator(text string, sentStart, i int) (end, next int, ok bool) {
	j, periods, other := i, 0, 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isTerminator(r) {
			break
		}
		if r == '.' {
			periods++
		} else {
			other++
		}
		j += size
	}
	end = skipWhile(text, j, isCloser)
	if end == len(text) {
		return end, end, true
	}
	// Something glued to the punctuation ("v1.2", "e.g.,", "example.com")
	// means we are inside a token, not at its end.
	if r, _ := utf8.DecodeRuneInString(text[end:]); !unicode.IsSpace(r) {
		return end, j, false
	}
	after := skipWhile(text, end, unicode.IsSpace)
	if after == len(text) {
		return end, end, true
	}
	if !startsSentence(text, after) {
		return end, j, false
	}
	if periods == 1 && other == 0 && !periodEnds(text, sentStart, i, after) {
		return end, j, false
	}
	return end, end, true
}

func referenceLineBreakEnds(text string, i int) bool {
	j := skipWhile(text, i, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' })
	if j == len(text) {
		return false
	}
	if text[j] == '\n' {
		return true
	}
	return isBullet(text[j:])
}

func referenceAppendTrimmed(spans []Span, text string, start, end int) []Span {
	start = skipWhile(text[:end], start, unicode.IsSpace)
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return spans
	}
	return append(spans, Span{start, end})
}
