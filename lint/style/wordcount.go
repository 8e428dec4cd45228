package style

import "github.com/dejargon/dejargon/lint/sentence"

// WordCount counts the words in a sentence for the long-sentence check:
// runs of letters and digits, joined by an inner apostrophe or hyphen
// ("don't", "state-of-the-art") or by a point or comma between digits
// ("3.5", "1,000"). It uses sentence.Words, so it agrees with the word
// counts behind the readability scores.
func WordCount(s string) int {
	return len(sentence.Words(s))
}
