package readability

import "strings"

// compoundSyllables counts compounds whose first part ends in a silent e
// ("someone", "lifetime", "warehouse", "therefore"). Read as one word, the
// e looks like a vowel of its own; split at the join, each part counts
// right. The rest must be at least two letters and start with a consonant,
// or be one of a few particles ("one", "out", "over", "away"), so plain
// inflections like "homes", "sided" and "given" are left to the rules.
func compoundSyllables(w string) (int, bool) {
	for _, head := range compoundHeads(w) {
		rest := w[len(head.word):]
		if len(rest) < 2 || strings.HasPrefix(rest, "ver") {
			continue // "forever", "wherever" are not compounds of "fore", "where"
		}
		if isPlainVowel(rest[0]) || rest[0] == 'y' {
			switch rest {
			case "one", "ones", "out", "outs", "over", "overs", "off", "offs", "away", "up", "ups":
				// "someone", "takeout", "makeover", "tradeoff", "giveaway", "makeup"
			default:
				continue
			}
		}
		return head.syllables + partSyllables(rest), true
	}
	return 0, false
}

type compoundHead struct {
	word      string
	syllables int
}

// compoundHeads lists the first parts that w starts with, longest first.
// A switch on the first letter keeps the table immutable and short to scan.
func compoundHeads(w string) []compoundHead {
	var candidates []compoundHead
	switch w[0] {
	case 'a':
		candidates = []compoundHead{{"any", 2}, {"awe", 1}}
	case 'b':
		candidates = []compoundHead{{"base", 1}, {"brace", 1}, {"business", 2}}
	case 'c':
		candidates = []compoundHead{{"care", 1}, {"case", 1}, {"code", 1}}
	case 'd':
		candidates = []compoundHead{{"drive", 1}}
	case 'e':
		candidates = []compoundHead{{"every", 2}, {"else", 1}, {"eye", 1}}
	case 'f':
		candidates = []compoundHead{{"fore", 1}, {"file", 1}}
	case 'g':
		candidates = []compoundHead{{"grave", 1}, {"game", 1}, {"gate", 1}, {"give", 1}, {"guide", 1}}
	case 'h':
		candidates = []compoundHead{{"house", 1}, {"home", 1}, {"here", 1}, {"hide", 1}, {"hope", 1}}
	case 'i':
		candidates = []compoundHead{{"ice", 1}}
	case 'l':
		candidates = []compoundHead{{"life", 1}, {"like", 1}, {"live", 1}, {"lone", 1}, {"love", 1}}
	case 'm':
		candidates = []compoundHead{{"make", 1}}
	case 'n':
		candidates = []compoundHead{{"name", 1}, {"note", 1}}
	case 'p':
		candidates = []compoundHead{{"police", 2}, {"pipe", 1}}
	case 's':
		candidates = []compoundHead{{"some", 1}, {"sales", 1}, {"side", 1}, {"safe", 1}, {"state", 1}, {"store", 1}, {"stone", 1}, {"space", 1}, {"stake", 1}}
	case 't':
		candidates = []compoundHead{{"there", 1}, {"time", 1}, {"take", 1}, {"trade", 1}, {"type", 1}}
	case 'w':
		candidates = []compoundHead{{"where", 1}, {"ware", 1}, {"white", 1}, {"whole", 1}}
	}
	var out []compoundHead
	for _, c := range candidates {
		if strings.HasPrefix(w, c.word) {
			out = append(out, c)
		}
	}
	return out
}
