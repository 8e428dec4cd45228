package readability

import (
	"strings"
	"unicode"
)

// isComplex applies Gunning's exclusions to a word already known to have
// three or more syllables. It is not complex when
//
//   - it is hyphenated and no single part has three syllables
//     ("state-of-the-art" is easy words joined up), or
//   - it only reaches three syllables through an -es, -ed or -ing ending
//     ("created", "processes", "computing").
//
// Gunning also excluded proper nouns. We do not: in IT drafts the capitalised
// words are product names and acronyms ("Kubernetes", "ServiceNow"), which
// are exactly the words a business reader finds hard.
func isComplex(w string) bool {
	if strings.ContainsFunc(w, isHyphen) {
		for part := range strings.FieldsFuncSeq(w, isHyphen) {
			if Syllables(part) >= 3 && isComplex(part) {
				return true
			}
		}
		return false
	}
	lower := strings.ToLower(w)
	for _, suffix := range [...]string{"es", "ed", "ing"} {
		if stem, ok := strings.CutSuffix(lower, suffix); ok && len(stem) > 1 {
			// The root may have lost an e to the ending: "guaranteed",
			// "computing".
			return max(Syllables(stem), Syllables(stem+"e")) >= 3
		}
	}
	return true
}

// letterCount counts the letters and digits of w, the "characters" of the
// Coleman-Liau and ARI formulas.
func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
