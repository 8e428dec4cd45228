package readability

import (
	"strings"
	"unicode"
)

// Syllables returns the number of syllables in an English word, estimated
// by spelling rules plus a small table of words the rules get wrong. A
// hyphenated word is the sum of its parts; apostrophes are ignored
// ("don't" is "dont"). Acronyms read letter by letter ("SQL", "API") count
// one syllable per letter. A word of digits counts one syllable per digit,
// up to three per run, since a reader says "2024" in about that many.
// Anything with a letter or digit counts at least one; anything else counts
// zero.
//
// The rules agree with the CMU Pronouncing Dictionary on the common words
// in testdata/syllables.tsv well above the 93% the tests demand; see
// testdata/README.md for the current figure.
func Syllables(word string) int {
	total := 0
	for part := range strings.FieldsFuncSeq(word, isHyphen) {
		total += partSyllables(part)
	}
	return total
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// partSyllables counts one hyphen-free part of a word.
func partSyllables(part string) int {
	letters, digits := normalise(part)
	if letters == "" {
		return digits
	}
	if spelledOut(part, letters) {
		return letterNames(letters)
	}
	if n, ok := exceptionSyllables(letters); ok {
		return n
	}
	if n, ok := compoundSyllables(letters); ok {
		return n
	}
	return max(ruleSyllables(letters), 1)
}

// normalise lower-cases the letters of s and folds common accented vowels
// to plain ones, so "café" is counted like "cafe"; other characters are
// dropped. It also returns the syllables to credit to digit runs when s
// has no letters at all.
func normalise(s string) (letters string, digits int) {
	var b strings.Builder
	run := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(foldVowel(unicode.ToLower(r)))
		case unicode.IsDigit(r):
			if run < 3 {
				digits++
			}
			run++
			continue
		}
		run = 0
	}
	return b.String(), digits
}

func foldVowel(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ä', 'ã', 'å':
		return 'a'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï':
		return 'i'
	case 'ò', 'ó', 'ô', 'ö', 'õ':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	}
	return r
}
