package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/match"
)

// inProperName reports a match that is part of a capitalised name longer
// than the term: "Acme Data Warehouse" and "Contoso Cloud Backup" name a
// product, and the reader needs the name as written. The match's words
// must all be capitalised, with another capitalised word (not a small word
// such as The or Our) right before or after it. In text written in title
// case, where nearly every word is capitalised, capitals say nothing about
// names, so there the match is reported as usual.
func inProperName(s *analysis.SegmentAnalysis, m match.Match) bool {
	for i := m.First; i <= m.Last; i++ {
		if !isCapitalised(s.Word(i)) {
			return false
		}
	}
	before := m.First > 0 && !s.Tokens[m.First].Break && isNameWord(s.Word(m.First-1)) &&
		!startsSentenceAsWord(s, m.First-1)
	after := m.Last+1 < len(s.Tokens) && !s.Tokens[m.Last+1].Break && isNameWord(s.Word(m.Last+1))
	return (before || after) && !isTitleCase(s)
}

// startsSentenceAsWord reports a common English word capitalised only
// because it starts the sentence: "Then DevOps came" holds no name, while
// "Contoso Cloud Backup" does.
func startsSentenceAsWord(s *analysis.SegmentAnalysis, i int) bool {
	return (i == 0 || s.Tokens[i].Break) && isCommonWord(strings.ToLower(s.Word(i)))
}

// isNameWord reports a capitalised word that can belong to a name: not a
// determiner, pronoun or other small word that starts a sentence.
func isNameWord(w string) bool {
	return isCapitalised(w) && !smallWords[strings.ToLower(w)]
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isTitleCase reports a segment of four or more words in which at least
// three in four of the words that are not small words are capitalised.
func isTitleCase(s *analysis.SegmentAnalysis) bool {
	words, caps := 0, 0
	for i := range s.Tokens {
		w := s.Word(i)
		if !hasLetter(w) || smallWords[strings.ToLower(w)] {
			continue
		}
		words++
		if isCapitalised(w) {
			caps++
		}
	}
	return words >= 4 && caps*4 >= words*3
}

// smallWords are the words title case leaves in small letters and the
// words that start a sentence before a name (The, Our, Please).
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "for": true, "to": true, "in": true, "on": true, "at": true, "by": true,
	"with": true, "from": true, "as": true, "into": true, "via": true, "per": true,
	"our": true, "your": true, "their": true, "its": true, "my": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "all": true, "any": true,
	"each": true, "every": true, "no": true, "new": true, "please": true, "if": true,
	"when": true, "while": true, "we": true, "you": true, "they": true, "it": true, "i": true,
}
