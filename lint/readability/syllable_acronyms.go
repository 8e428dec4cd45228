package readability

import (
	"strings"
	"unicode"
)

// spelledOut reports whether a word is read letter by letter: anything
// with no vowel ("SQL", "DNS", "vs", "www"), and short capitalised words
// that are not everyday English ("API", "CEO", "SLA"). IT drafts are full of
// such acronyms, and reading them out costs the reader one syllable per
// letter, which is what the readability formulas should see.
func spelledOut(original, letters string) bool {
	if strings.ContainsFunc(letters, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false // not English: leave it to the rules
	}
	if !hasVowel(letters) {
		return true
	}
	if len(letters) < 2 || len(letters) > 3 {
		return false
	}
	for _, r := range original {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return !isShortWord(letters)
}

// letterNames counts the syllables in the names of the letters of w: one
// each, except three for "w" ("double-u").
func letterNames(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] == 'w' {
			n += 3
		} else {
			n++
		}
	}
	return n
}

// isShortWord reports whether a two- or three-letter word is ordinary
// English, so that "DO NOT" written in capitals for emphasis is still read
// as words. "IT" and "US" are deliberately absent: in IT drafts they are
// nearly always the department and the country.
func isShortWord(w string) bool {
	switch w {
	case "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if",
		"in", "is", "me", "my", "no", "of", "oh", "ok", "on", "or", "so",
		"to", "up", "we", "all", "and", "any", "are", "ask", "bad", "big",
		"but", "can", "day", "did", "due", "end", "far", "few", "fix", "for",
		"get", "got", "had", "has", "her", "him", "his", "how", "its", "key",
		"let", "may", "new", "not", "now", "off", "old", "one", "our", "out",
		"own", "put", "run", "say", "see", "set", "she", "the", "too", "top",
		"try", "two", "use", "was", "way", "who", "why", "yes", "yet", "you":
		return true
	}
	return false
}
