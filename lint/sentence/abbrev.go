package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// periodEnds decides whether a lone period at text[dot] ends the sentence
// that began at sentStart, given that the next sentence would start at
// text[next] with something other than a lower-case letter.
//
// Only a lone period needs this: "?", "!" and ellipses are never part of an
// abbreviation.
func periodEnds(text string, sentStart, dot, next int) bool {
	tokStart := dot
	for tokStart > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[sentStart:tokStart])
		if unicode.IsSpace(r) {
			break
		}
		tokStart -= size
	}
	tokStart = skipWhile(text[:dot], tokStart, isOpener)
	token := text[tokStart:dot]
	nextWord, nextIsDigit := wordAt(text, next)

	if !strings.ContainsFunc(token, isWordRune) {
		return true
	}
	if isAllDigits(token) {
		// "1. Install the agent." as the first thing in a sentence is a list
		// number; anywhere else the number simply ends the sentence.
		return strings.TrimFunc(text[sentStart:tokStart], unicode.IsSpace) != ""
	}
	if utf8.RuneCountInString(token) == 1 {
		r, _ := utf8.DecodeRuneInString(token)
		if unicode.IsUpper(r) {
			// An initial ("J. R. R. Tolkien") unless a common sentence
			// opener follows ("plan B. Then we ...").
			return isStarter(nextWord) && utf8.RuneCountInString(nextWord) > 1
		}
		// "p. 12", "a. the first option" and so on.
		return !nextIsDigit
	}
	switch abbreviationKind(strings.ToLower(token)) {
	case neverEnds:
		return false
	case beforeNumber:
		return !nextIsDigit
	case monthName:
		return !nextIsDigit && isStarter(nextWord)
	case mayEnd:
		return isStarter(nextWord)
	case listEnd:
		// "etc." rarely sits in front of a proper noun, so any capital
		// after it starts a new sentence.
		return !nextIsDigit
	}
	if strings.Contains(token, ".") && isDottedAcronym(token) {
		// An unknown dotted abbreviation such as "N.Y." or "B.Sc.".
		return isStarter(nextWord)
	}
	return true
}

// wordAt returns the word (letters only) that begins at text[i] after any
// opening quotes or brackets, and whether a digit comes first instead.
func wordAt(text string, i int) (word string, digit bool) {
	i = skipWhile(text, i, isOpener)
	j := skipWhile(text, i, unicode.IsLetter)
	if j == i && i < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		return "", unicode.IsDigit(r) || r == '#'
	}
	return text[i:j], false
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isDottedAcronym matches letters-and-periods tokens with short parts, like
// "U.S", "e.g" or "Ph.D" (the final period has already been cut off).
func isDottedAcronym(token string) bool {
	for part := range strings.SplitSeq(token, ".") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 2 || strings.ContainsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) {
			return false
		}
	}
	return true
}

// kind says how an abbreviation behaves in front of a possible new
// sentence.
type kind int

const (
	notAbbreviation kind = iota
	neverEnds            // titles and Latin connectives: "Dr. Smith", "e.g. Go"
	beforeNumber         // "No. 5", "p. 12", "vol. 3"; "No. It failed." ends
	monthName            // "Jan. 5" never ends; "in Jan. The" does
	mayEnd               // "Acme Inc. The" ends; "the U.S. Army" does not
	listEnd              // "etc." ends before any capital
)

// abbreviationKind classifies a lower-cased token without its final
// period. A switch rather than a map keeps the table immutable.
func abbreviationKind(token string) kind {
	switch token {
	case "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "capt", "col",
		"lt", "sgt", "cmdr", "st", "mt", "messrs", "mme", "mlle",
		"e.g", "i.e", "eg", "cf", "vs", "viz", "approx", "esp", "incl",
		"excl", "fig", "figs", "eq", "ref", "resp", "ca", "appt", "attn":
		return neverEnds
	case "no", "nos", "vol", "vols", "pp", "para", "paras", "sec", "ch",
		"art", "ver", "tel", "ext", "op", "pt", "pg", "nr", "bldg", "rm":
		return beforeNumber
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec":
		return monthName
	case "inc", "ltd", "corp", "co", "llc", "plc", "bros", "jr", "sr",
		"u.s", "u.k", "u.s.a", "e.u", "u.n", "a.m", "p.m", "ph.d", "dept",
		"govt", "est", "min", "hr", "hrs", "mins", "yr", "yrs", "sq", "ft",
		"oz", "lb", "lbs", "wk", "mo", "av", "ave", "rd", "blvd":
		return mayEnd
	case "etc", "al": // "et al." behaves like "etc."
		return listEnd
	}
	return notAbbreviation
}
