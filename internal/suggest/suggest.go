// Package suggest finds the word a person most likely meant when they
// typed one that is not known: the "did you mean" of error messages.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Closest returns the candidate nearest to word by edit distance (case
// ignored), or "" when none is near enough to be a likely typo: at most
// one edit for words of up to four characters, two up to eight, three
// beyond. Ties go to the earlier candidate. Failing that, a word that
// shortens just one candidate ("exec" for "executive") suggests it.
func Closest(word string, candidates []string) string {
	w := strings.ToLower(word)
	limit := 1
	switch n := utf8.RuneCountInString(w); {
	case n > 8:
		limit = 3
	case n > 4:
		limit = 2
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if strings.EqualFold(c, w) {
			return "" // a known word needs no suggestion
		}
	}
	for _, c := range candidates {
		if d := distance(w, strings.ToLower(c)); d < bestDist && d > 0 {
			best, bestDist = c, d
		}
	}
	if best != "" {
		return best
	}
	stem := strings.TrimSuffix(w, "s")
	if utf8.RuneCountInString(stem) < 3 {
		return ""
	}
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), stem) {
			if best != "" {
				return "" // more than one: no guess
			}
			best = c
		}
	}
	return best
}

// DidYouMean is Closest as the tail of a message: "; did you mean
// \"jargon\"?", or "" when nothing is close.
func DidYouMean(word string, candidates []string) string {
	if c := Closest(word, candidates); c != "" {
		return "; did you mean \"" + c + "\"?"
	}
	return ""
}

// distance is the Levenshtein distance between a and b, counted in
// characters, with a transposition of neighbours as one edit (pasive,
// jargn and teh are all one edit away).
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
