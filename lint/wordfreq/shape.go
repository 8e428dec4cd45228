package wordfreq

import (
	"strings"
	"unicode/utf8"
)

// Case says how a word is written, which tells a name from a word.
type Case uint8

// The ways a checked word can be written.
const (
	// Lower: all small letters, so a word, not a name.
	Lower Case = iota
	// Capital: a capital first, mid-sentence, so a name.
	Capital
	// Open: a capital first where any word takes one (a sentence start, a
	// title-case heading), so it says nothing either way.
	Open
)

// Shape reports whether written, a token of prose, is an ordinary word the
// table can judge, and returns it in lower case without a possessive
// ending, with the number of bytes of written it covers. Not ordinary are
// numbers and code (digits, underscores, dots, @ or &: v2, max_retries,
// Node.js), acronyms and shouting (two capitals or more: SLA, URGENT,
// GitHub), contractions (don't), words with letters beyond ASCII (which
// are names or borrowed words the table lacks) and words under four
// letters (too short to be unknown jargon, and often abbreviations).
func Shape(written string) (lower string, n int, capital, ok bool) {
	word, capital, ok := ShapeWritten(written)
	if !ok {
		return "", 0, false, false
	}
	lower = word
	if capital {
		lower = strings.ToLower(word)
	}
	return lower, len(word), capital, true
}

// ShapeWritten is Shape without the lowering: it returns the word as
// written, without a possessive ending, and whether it starts with a
// capital, so that a caller can ask Finder.IsRareWritten without making
// a lower-case copy of every capitalised word.
func ShapeWritten(written string) (word string, capital, ok bool) {
	word = written
	if w, cut := cutPossessive(word); cut {
		word = w
	}
	if len(word) < 4 || len(word) > maxWordLen {
		return "", false, false
	}
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			if i > 0 {
				return "", false, false
			}
			capital = true
		default:
			return "", false, false
		}
	}
	return word, capital, true
}

// cutPossessive drops a final 's or ’s.
func cutPossessive(w string) (string, bool) {
	if w == "" || w[len(w)-1] != 's' {
		return w, false
	}
	r, size := utf8.DecodeLastRuneInString(w[:len(w)-1])
	if r == '\'' || r == '\u2019' || r == '\u02BC' {
		return w[:len(w)-1-size], true
	}
	return w, false
}

// SentenceStart reports whether the word at byte start of text is the
// first of a sentence or of a line, where a capital is no sign of a name:
// only white space, opening quotes and brackets and emphasis marks stand
// between it and the start of the text, a line break, or a full stop,
// question mark, exclamation mark, colon or semicolon.
func SentenceStart(text string, start int) bool {
	for i := start; i > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case '\n', '\r', '.', '!', '?', ':', ';', '…':
			return true
		case ' ', '\t', '\u00a0', '"', '\'', '(', '[', '*', '_', '“', '‘', '«', '-', '–', '—', '•':
			i -= size
			continue
		}
		return false
	}
	return true
}
