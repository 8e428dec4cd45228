package style

import "strings"

// isAdverb reports words that can sit between an auxiliary and a verb
// ("was quickly fixed", "has not been", "were all deleted"). Words in -ly
// count unless they are common nouns or adjectives in -ly; since a
// participle must follow, a stray match costs nothing.
func isAdverb(w string) bool {
	switch w {
	case "not", "never", "also", "always", "already", "still", "just",
		"often", "now", "then", "soon", "even", "ever", "all", "both",
		"each", "once", "yet", "sometimes", "almost", "well", "seldom",
		"further", "later", "again", "so", "too", "very", "rather", "quite",
		"much", "since", "first", "last", "rarely", "mostly", "partly",
		"fully", "badly", "n't":
		return true
	case "family", "supply", "apply", "reply", "rely", "assembly", "ally",
		"italy", "july", "holy", "ugly", "silly", "only":
		return false
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ly")
}
