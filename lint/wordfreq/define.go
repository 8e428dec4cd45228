package wordfreq

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Defined reports whether the text around the word at [start, end) of
// text explains it, the way writers introduce a term:
//
//	sharding, a way of splitting a database…     (a comma or dash and an article)
//	sharding (splitting a database…)             (a bracket after it)
//	sharding means… / is short for… / refers to… / is a…
//	a technique called sharding / known as sharding
//	splitting a database (sharding)              (the word alone in brackets)
func Defined(text string, start, end int) bool {
	after := strings.TrimLeft(text[end:], " \t\u00a0*_\"'”’")
	before := strings.TrimRight(text[:start], " \t\u00a0*_\"'“‘")
	switch {
	case strings.HasPrefix(after, "("):
		return true
	case strings.HasPrefix(after, ")") && strings.HasSuffix(before, "("):
		return true
	}
	if r, size := utf8.DecodeRuneInString(after); r == ',' || r == ':' || r == '–' || r == '—' {
		if startsWithWord(strings.TrimLeft(after[size:], " \t\u00a0"), "a", "an", "the", "which", "meaning", "or", "that", "i.e.", "a.k.a.") {
			return true
		}
	}
	if startsWithWord(after, "means", "meaning", "is short for", "stands for", "refers to", "is a", "is an", "is when", "is where", "is the name") {
		return true
	}
	return endsWithWord(before, "called", "known as", "termed", "named", "term", "word")
}

// startsWithWord reports whether s begins with one of the phrases, in any
// case, followed by something that is not a letter.
func startsWithWord(s string, phrases ...string) bool {
	for _, p := range phrases {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && !letterAt(s, len(p)) {
			return true
		}
	}
	return false
}

// endsWithWord reports whether s ends with one of the phrases, in any
// case, after something that is not a letter.
func endsWithWord(s string, phrases ...string) bool {
	for _, p := range phrases {
		if n := len(s) - len(p); n >= 0 && strings.EqualFold(s[n:], p) && (n == 0 || !letterBefore(s, n)) {
			return true
		}
	}
	return false
}

func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && unicode.IsLetter(r)
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}
