package readability

import "strings"

// exceptionSyllables returns the syllable count of a word whose spelling
// misleads the rules: clipped vowels ("chocolate", "business"), endings
// that look silent but are not ("naked", "hundred"), and the reverse
// ("prayer"). A plural, past or -ing form of a listed word is found through
// its stem ("interested", "businesses").
//
// Keep the table short. A word belongs here only if it is common and no
// rule can be changed to cover it without breaking others.
func exceptionSyllables(w string) (int, bool) {
	if n, ok := exceptionWord(w); ok {
		return n, true
	}
	for _, suffix := range [...]struct {
		text  string
		extra int
	}{{"s", 0}, {"es", 1}, {"ed", 1}, {"ing", 1}, {"ly", 1}} {
		stem, ok := strings.CutSuffix(w, suffix.text)
		if !ok {
			continue
		}
		if n, ok := exceptionWord(stem); ok {
			extra := suffix.extra
			if suffix.text == "ed" && !strings.HasSuffix(stem, "t") && !strings.HasSuffix(stem, "d") {
				extra = 0
			}
			return n + extra, true
		}
	}
	return 0, false
}

func exceptionWord(w string) (int, bool) {
	switch w {
	case "prayer", "drawer", "aisle":
		return 1, true
	case "our", "hour", "sour", "flour", "hundred", "naked", "wicked",
		"sacred", "crooked", "hatred", "soldier", "theory", "leopard",
		"argue", "naive", "cafe", "café", "interest", "several", "evening",
		"business", "chocolate", "desperate", "aspirin", "diamond",
		"persuade", "opera", "privilege", "useful", "useless":
		return 2, true
	case "ourselves", "alien", "recipe", "karate", "vegetable",
		"behaviour", "behavior", "forever", "wherever", "temperature":
		return 3, true
	case "laboratory":
		return 4, true
	}
	return 0, false
}
