package sentence

import "strings"

// isStarter reports whether word commonly opens an English sentence. It is
// the tie-breaker after abbreviations that can also end a sentence ("Inc.",
// "U.S.", "p.m."): "Acme Inc. The board met" splits, "Acme Inc. Board
// members" does not. The list holds function words and sentence adverbs,
// which rarely follow such an abbreviation inside a sentence; proper nouns
// and ordinary nouns are deliberately absent.
func isStarter(word string) bool {
	switch strings.ToLower(word) {
	case "the", "a", "an", "this", "that", "these", "those", "it", "its",
		"we", "i", "you", "he", "she", "they", "our", "my", "your", "their",
		"his", "her", "there", "here", "in", "on", "at", "for", "from", "to",
		"if", "when", "while", "after", "before", "but", "and", "or", "so",
		"then", "also", "however", "please", "as", "all", "some", "many",
		"most", "each", "every", "not", "what", "why", "how", "who", "where",
		"which", "yes", "no", "thanks", "thank", "let", "note", "next",
		"first", "finally", "because", "since", "although", "though", "once",
		"today", "tomorrow", "yesterday", "now", "meanwhile", "instead",
		"otherwise", "overall", "still", "even", "only", "both", "any",
		"other", "another", "such", "with", "without", "by", "during",
		"until", "unless", "do", "does", "did", "is", "are", "was", "were",
		"will", "would", "can", "could", "should", "may", "might", "must",
		"have", "has", "had", "one", "two", "three", "several", "few",
		"additionally", "further", "furthermore",
		"moreover", "again", "later", "soon", "perhaps", "maybe", "sadly",
		"fortunately", "unfortunately", "luckily", "hopefully", "ideally",
		"currently", "recently", "previously", "similarly", "likewise",
		"nevertheless", "nonetheless", "thus", "therefore", "hence",
		"consequently", "accordingly", "specifically", "generally",
		"usually", "often", "sometimes", "never", "always", "everyone",
		"everything", "nobody", "nothing", "someone", "something", "none":
		return true
	}
	return false
}
