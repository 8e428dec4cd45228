package inflect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MatchCase copies the capitalisation of written onto replacement:
// Utilize → Use, UTILIZE → USE, utilize → use, "Going forward" → "From now
// on", "Going Forward" → "From Now On". Only the capitals that written
// shows are added; letters the replacement already capitalises (a name
// such as "Excel") are kept, except that all-capital text makes the whole
// replacement capitals. A single capital letter ("I", "A") counts as a
// capitalised word, not as shouting.
func MatchCase(written, replacement string) string {
	switch caseOf(written) {
	case upperCase:
		return strings.ToUpper(replacement)
	case titleCase:
		words := strings.Split(replacement, " ")
		for i, w := range words {
			if i == 0 || i == len(words)-1 || !minorTitleWord[strings.ToLower(w)] {
				words[i] = capitalise(w)
			}
		}
		return strings.Join(words, " ")
	case sentenceCase:
		return capitalise(replacement)
	}
	return replacement
}

// MatchCaseOf is MatchCase for written words that are a form of lemma,
// as the glossary writes it: capitals that the lemma has itself ("Wi-Fi
// access point") say nothing about how to write the replacement, so
// written words in the lemma's own case leave it as it is.
func MatchCaseOf(written, lemma, replacement string) string {
	if c := caseOf(written); c != lowerCase && c == caseOf(lemma) {
		return replacement
	}
	return MatchCase(written, replacement)
}

const (
	lowerCase = iota
	sentenceCase
	titleCase
	upperCase
)

// caseOf classifies written by its letters: all capitals (at least two of
// them), every word capitalised (two or more words), the first letter
// capitalised, or none of these.
func caseOf(written string) int {
	letters, upper := 0, 0
	for _, r := range written {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters {
		return upperCase
	}
	words := strings.Fields(written)
	first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(written, func(r rune) bool { return !unicode.IsLetter(r) }))
	if !unicode.IsUpper(first) {
		return lowerCase
	}
	if len(words) >= 2 {
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) && !unicode.IsUpper(r) && !minorTitleWord[w] {
				return sentenceCase
			}
		}
		return titleCase
	}
	return sentenceCase
}

// minorTitleWord lists the short words headline style leaves in lower case
// ("Make Use of", "Point of View") unless they come first or last.
var minorTitleWord = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true,
	"but": true, "of": true, "in": true, "on": true, "to": true, "for": true,
	"at": true, "by": true, "with": true, "as": true,
}

// capitalise upper-cases the first letter of s, leaving the rest alone.
func capitalise(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
		if !unicode.IsPunct(r) {
			return s // a digit or space first: nothing to capitalise
		}
	}
	return s
}
