package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/match"
)

// definitionSpan reports whether the acronym written at text[start:end]
// is spelled out where it stands, and where the long form stands:
// text[from:to]. It knows the forms plain-language guides teach:
//
//	service level agreement (SLA)
//	SLA (service level agreement)
//	SLA, or service level agreement, … / service level agreement, or SLA, …
//	SLA stands for service level agreement / SLA means … / SLA is short for …
//
// The long form must fit the acronym's letters (see longFormStart), so
// "the new portal (SLA)" is a use, not a definition.
func definitionSpan(text string, start, end int, short string) (from, to int, ok bool) {
	before := strings.TrimRightFunc(text[:start], match.IsSpace)
	after := strings.TrimLeftFunc(text[end:], match.IsSpace)
	afterAt := len(text) - len(after)

	// service level agreement (SLA)
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		head := strings.TrimRightFunc(before[:len(before)-1], match.IsSpace)
		window := lastWords(head, maxLongFormWords(short))
		if i := longFormStart(short, window); i >= 0 {
			return len(head) - len(window) + i, len(head), true
		}
	}
	// service level agreement, or SLA,
	if n := len(before); n >= 4 && strings.EqualFold(before[n-4:], ", or") {
		head := strings.TrimRightFunc(before[:n-4], match.IsSpace)
		window := lastWords(head, maxLongFormWords(short))
		if i := longFormStart(short, window); i >= 0 {
			return len(head) - len(window) + i, len(head), true
		}
	}
	// SLA (service level agreement)
	if rest, ok := strings.CutPrefix(after, "("); ok {
		if close := strings.IndexByte(rest, ')'); close > 0 {
			raw := rest[:close]
			inside := strings.TrimSpace(raw)
			insideAt := afterAt + 1 + len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
			if i := longFormStart(short, inside); i >= 0 && countWords(inside[i:]) <= maxLongFormWords(short) {
				return insideAt + i, insideAt + len(inside), true
			}
		}
	}
	// SLA, or service level agreement, … and SLA stands for …
	for _, lead := range definitionLeads {
		// The first bytes, folded, rule out nearly every use before
		// EqualFold is asked; a non-ASCII first byte is left to it, since
		// it folds ſ to s.
		if len(after) >= len(lead) && (after[0] >= utf8.RuneSelf || after[0]|0x20 == lead[0]|0x20) &&
			strings.EqualFold(after[:len(lead)], lead) {
			rest := after[len(lead):]
			if r, _ := utf8.DecodeRuneInString(rest); !match.IsSpace(r) {
				continue
			}
			c := clause(rest)
			cAt := afterAt + len(lead) + strings.Index(rest, c)
			if n, ok := fittingPrefix(short, c); ok {
				return cAt, cAt + n, true
			}
		}
	}
	return 0, 0, false
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
// ends a clause (clauseEnds), since a long form never runs across one. It
// walks back from the end only as far as it needs: s is the whole text
// before an acronym.
func lastWords(s string, n int) string {
	end := len(s)
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < utf8.RuneSelf {
			if strings.IndexByte(clauseEnds, c) >= 0 {
				return s[i+1:]
			}
		} else if c == 0x9C || c == 0x9D {
			// The last byte of “ or ”, U+201C and U+201D: the words
			// start after the whole quote.
			if i >= 2 && (s[i-2:i+1] == "“" || s[i-2:i+1] == "”") {
				return s[i+1:]
			}
		}
		if isSpaceByte(c) && (i+1 < len(s) && !isSpaceByte(s[i+1])) {
			n--
			if n == 0 {
				return s[i+1 : end]
			}
		}
	}
	return s
}

// clauseEnds is the ASCII punctuation that ends a clause for lastWords,
// which also stops at curly double quotes.
const clauseEnds = ".;:!?()[]\""

// clause returns the start of s up to the punctuation that ends a clause.
func clause(s string) string {
	if i := strings.IndexAny(s, ",.;:!?()[]\"“”"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// fittingPrefix returns the length in bytes of the run of words at the
// start of s that is a long form of short. It tries one word per letter first, then fewer words
// (sign-on holds two letters), then more (and, of), so that "recovery
// point objective, the data" gives "recovery point objective" and not the
// "recovery point" whose letters also fit.
func fittingPrefix(short, s string) (int, bool) {
	ends := wordEnds(s)
	limit := min(len(ends), maxLongFormWords(short))
	letters := min(countAlnum(short), limit)
	try := func(n int) bool { return longFormStart(short, s[:ends[n-1]]) == 0 }
	for n := letters; n >= 1; n-- {
		if try(n) {
			return ends[n-1], true
		}
	}
	for n := letters + 1; n <= limit; n++ {
		if try(n) {
			return ends[n-1], true
		}
	}
	return 0, false
}

// wordEnds returns the offset just past each white-space-separated word
// of s.
func wordEnds(s string) []int {
	var ends []int
	in := false
	for i, r := range s {
		switch sp := match.IsSpace(r); {
		case sp && in:
			ends = append(ends, i)
			in = false
		case !sp:
			in = true
		}
	}
	if in {
		ends = append(ends, len(s))
	}
	return ends
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
//
// A letter may stand inside a word (JavaScript Object Notation for JSON)
// only when the long form has fewer words than the short form has
// letters: "the Microsoft Authenticator app (MFA)" has a word for every
// letter, so each must start one, and the f of Microsoft does not make it
// a definition of MFA.
func longFormStart(short, long string) int {
	if start := fitLongForm(short, long, true); start >= 0 {
		return start
	}
	start := fitLongForm(short, long, false)
	if start >= 0 && countLongFormWords(long[start:]) >= countAlnum(short) {
		return -1
	}
	return start
}

// countLongFormWords counts the words of a long form, hyphenated parts
// and slashed parts each counting (sign-on is two).
func countLongFormWords(s string) int {
	return len(strings.FieldsFunc(s, isWordSeparator))
}

// fitLongForm is longFormStart's matcher; strict asks that every
// character start a word.
func fitLongForm(short, long string, strict bool) int {
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
		wordStart := strict || s == first
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
// longForm is the long form a document writes at text[from:to], tidied,
// with the capital that only starts its sentence taken off ("Key
// performance indicators (KPIs) are" gives "key performance indicators"),
// so that it can be written elsewhere in a sentence. A long form in
// capitals throughout (Virtual Private Network) keeps them.
func longForm(text string, from, to int) string {
	long := tidy(text[from:to])
	before := strings.TrimRightFunc(text[:from], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“‘([*_", r)
	})
	if before != "" && !strings.ContainsRune(".!?", rune(before[len(before)-1])) {
		return long
	}
	words := strings.Fields(long)
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return long
		}
	}
	first, size := utf8.DecodeRuneInString(long)
	if len(words) < 2 || !unicode.IsUpper(first) || strings.ToUpper(words[0]) == words[0] {
		return long
	}
	return string(unicode.ToLower(first)) + long[size:]
}

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

// definitionOf is definitionSpan that also accepts the glossary's own
// expansion beside the acronym, "extensible markup language (XML)",
// whether or not its letters fit: it is what fix writes, so check must
// take it as a definition.
func definitionOf(text string, start, end int, short, expansion string) (from, to int, ok bool) {
	if from, to, ok := definitionSpan(text, start, end, short); ok {
		return from, to, true
	}
	if expansion == "" {
		return 0, 0, false
	}
	before := strings.TrimRightFunc(text[:start], match.IsSpace)
	after := strings.TrimLeftFunc(text[end:], match.IsSpace)
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		head := strings.TrimRightFunc(before[:len(before)-1], match.IsSpace)
		if from, ok := endsWithWords(head, expansion); ok {
			return from, len(head), true
		}
	}
	if rest, ok := strings.CutPrefix(after, "("); ok {
		if close := strings.IndexByte(rest, ')'); close > 0 {
			raw := rest[:close]
			inside := strings.TrimSpace(raw)
			if strings.EqualFold(tidy(inside), tidy(expansion)) {
				at := len(text) - len(after) + 1 + len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
				return at, at + len(inside), true
			}
		}
	}
	return 0, 0, false
}

// endsWithWords reports whether s ends with the words of phrase, in any
// case and spacing, and where they start in s.
func endsWithWords(s, phrase string) (int, bool) {
	want := strings.Fields(phrase)
	if len(want) == 0 {
		return 0, false
	}
	end := len(s)
	for i := len(want) - 1; i >= 0; i-- {
		s = strings.TrimRightFunc(s[:end], match.IsSpace)
		start := strings.LastIndexFunc(s, match.IsSpace) + 1
		if !strings.EqualFold(s[start:], want[i]) {
			return 0, false
		}
		end = start
	}
	return end, true
}
