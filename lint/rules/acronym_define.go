package rules

import (
	"github.com/dejargon/dejargon/lint/match"
	"strings"
	"unicode/utf8"
)

// definitionAt reports whether the acronym written at text[start:end] is
// spelled out where it stands, and returns the long form as written. It
// knows the forms plain-language guides teach:
//
//	service level agreement (SLA)
//	SLA (service level agreement)
//	SLA, or service level agreement, … / service level agreement, or SLA, …
//	SLA stands for service level agreement / SLA means … / SLA is short for …
//
// The long form must fit the acronym's letters (see longFormStart), so
// "the new portal (SLA)" is a use, not a definition.
func definitionAt(text string, start, end int, short string) (string, bool) {
	before := strings.TrimRightFunc(text[:start], match.IsSpace)
	after := strings.TrimLeftFunc(text[end:], match.IsSpace)

	// service level agreement (SLA)
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		window := lastWords(strings.TrimRightFunc(before[:len(before)-1], match.IsSpace), maxLongFormWords(short))
		if i := longFormStart(short, window); i >= 0 {
			return tidy(window[i:]), true
		}
	}
	// service level agreement, or SLA,
	if n := len(before); n >= 4 && strings.EqualFold(before[n-4:], ", or") {
		window := lastWords(strings.TrimRightFunc(before[:n-4], match.IsSpace), maxLongFormWords(short))
		if i := longFormStart(short, window); i >= 0 {
			return tidy(window[i:]), true
		}
	}
	// SLA (service level agreement)
	if rest, ok := strings.CutPrefix(after, "("); ok {
		if close := strings.IndexByte(rest, ')'); close > 0 {
			inside := strings.TrimSpace(rest[:close])
			if i := longFormStart(short, inside); i >= 0 && countWords(inside[i:]) <= maxLongFormWords(short) {
				return tidy(inside[i:]), true
			}
		}
	}
	// SLA, or service level agreement, … and SLA stands for …
	for _, lead := range definitionLeads {
		if len(after) >= len(lead) && strings.EqualFold(after[:len(lead)], lead) {
			rest := after[len(lead):]
			if r, _ := utf8.DecodeRuneInString(rest); !match.IsSpace(r) {
				continue
			}
			if long, ok := fittingPrefix(short, clause(rest)); ok {
				return long, true
			}
		}
	}
	return "", false
}

// definitionLeads are the words that introduce a long form after an
// acronym, compared without regard to case.
var definitionLeads = []string{", or", "stands for", "means", "is short for", "is an abbreviation for"}

// maxLongFormWords is how many words a long form may have, as in the
// Schwartz–Hearst method: at most the letters plus five, or twice the
// letters.
func maxLongFormWords(short string) int {
	n := countAlnum(short)
	return min(n+5, 2*n)
}

// lastWords returns the last n words of s, stopping at punctuation that
// ends a clause, since a long form never runs across one.
func lastWords(s string, n int) string {
	if i := strings.LastIndexAny(s, ".;:!?()[]\"“”"); i >= 0 {
		s = s[i+1:]
	}
	end := len(s)
	for i := len(s) - 1; i >= 0; i-- {
		if isSpaceByte(s[i]) && (i+1 < len(s) && !isSpaceByte(s[i+1])) {
			n--
			if n == 0 {
				return s[i+1 : end]
			}
		}
	}
	return s
}

// clause returns the start of s up to the punctuation that ends a clause.
func clause(s string) string {
	if i := strings.IndexAny(s, ",.;:!?()[]\"“”"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// fittingPrefix returns the run of words at the start of s that is a long
// form of short. It tries one word per letter first, then fewer words
// (sign-on holds two letters), then more (and, of), so that "recovery
// point objective, the data" gives "recovery point objective" and not the
// "recovery point" whose letters also fit.
func fittingPrefix(short, s string) (string, bool) {
	words := strings.Fields(s)
	limit := min(len(words), maxLongFormWords(short))
	letters := min(countAlnum(short), limit)
	try := func(n int) (string, bool) {
		cand := strings.Join(words[:n], " ")
		return cand, longFormStart(short, cand) == 0
	}
	for n := letters; n >= 1; n-- {
		if cand, ok := try(n); ok {
			return cand, true
		}
	}
	for n := letters + 1; n <= limit; n++ {
		if cand, ok := try(n); ok {
			return cand, true
		}
	}
	return "", false
}

func countAlnum(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isAlnumASCII(s[i]) {
			n++
		}
	}
	return n
}

// longFormStart matches the letters and digits of short against long
// from the end, in the manner of Schwartz and Hearst (2003): each
// character of the short form must appear in the long form, in order, and
// the first one at the start of a word. It returns where the long form
// starts in long, or -1 when short does not fit. A digit the long form
// spells out (2FA, two-factor authentication) may be missing.
func longFormStart(short, long string) int {
	first := strings.IndexFunc(short, func(r rune) bool { return r < utf8.RuneSelf && isAlnumASCII(byte(r)) })
	if first < 0 || len(long) <= len(short) {
		return -1
	}
	l := len(long) - 1
	skippedFirst := false
	for s := len(short) - 1; s >= first; s-- {
		c := lowerASCII(short[s])
		if !isAlnumASCII(c) {
			continue
		}
		wordStart := s == first
		k := l
		for k >= 0 && (lowerASCII(long[k]) != c || wordStart && k > 0 && isAlnumASCII(lowerASCII(long[k-1]))) {
			k--
		}
		if k < 0 {
			if isDigit(c) {
				skippedFirst = skippedFirst || s == first
				continue
			}
			return -1
		}
		l = k - 1
	}
	start := l + 1
	if skippedFirst {
		// The spelled-out digit is the word before: two-factor.
		start = strings.LastIndexFunc(strings.TrimRightFunc(long[:start], isWordSeparator), isWordSeparator) + 1
	} else {
		start = strings.LastIndexFunc(long[:start], isWordSeparator) + 1
	}
	if start >= len(long) || strings.TrimSpace(long[start:]) == strings.TrimSpace(short) {
		return -1
	}
	return start
}

func isWordSeparator(r rune) bool { return match.IsSpace(r) || r == '-' || r == '/' }

// tidy writes a long form on one line with single spaces.
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

func countWords(s string) int { return len(strings.Fields(s)) }

func lowerASCII(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

func isAlnumASCII(c byte) bool { return 'a' <= c && c <= 'z' || isUpper(c) || isDigit(c) }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
