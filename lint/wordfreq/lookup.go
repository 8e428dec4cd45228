package wordfreq

import (
	"slices"
	"strings"

	"github.com/dejargon/dejargon/lint/inflect"
)

// Word is what the table knows about a word, its inflections and
// spellings folded together.
type Word struct {
	// Word is the word asked about, in lower case.
	Word string
	// Lemma is the form the frequency was found under: the word itself,
	// its base form (sharding → shard), another of its forms (refracting
	// → refracted) or its other spelling (organisation → organization).
	// For a word the table lacks it is the likeliest base form.
	Lemma string
	// Key is the same for every form and spelling of a word, the shortest
	// of its base forms and spellings (refract for refracted and
	// refracting), so a rule can count a word's uses together whichever
	// of its forms is the most frequent.
	Key string
	// Zipf is the highest frequency among the word's forms, the one a
	// reader's familiarity follows: who knows "shard" reads "shards".
	Zipf Zipf
	// Known says some form is in the table; an unknown word has the Zipf
	// value of a word never seen.
	Known bool
	// Capitalised says the corpus writes the lemma with a capital more
	// often than not, as it does names.
	Capitalised bool
}

// Band returns the word's frequency band.
func (w Word) Band() Band { return BandOf(w.Zipf) }

// unseen is the Zipf value of a word the table lacks: a count of zero in
// the table's corpus.
func unseen() Zipf { return ZipfOf(0, CorpusWords, TableWords) }

// Lookup returns what the table knows about lower, a lower-case word,
// trying its other spelling, the base forms it may be an inflection of
// (plural, -s, -ed, -ing, -ization) and their other forms, and the words
// it may be plainly derived from (derivedBases), and taking the most
// frequent.
func (t *Table) Lookup(lower string) Word {
	w := Word{Word: lower, Lemma: lower, Zipf: unseen()}
	// known collects the forms in the table, guesses the inflections
	// package inflect vouches for that it lacks.
	var known, guesses []string
	try := func(c string, guess bool) {
		z, capital, ok := t.Raw(c)
		if !ok {
			if guess {
				guesses = append(guesses, c)
			}
			return
		}
		known = append(known, c)
		if !w.Known || z > w.Zipf {
			w.Zipf, w.Capitalised, w.Known, w.Lemma = z, capital, true, c
		}
	}
	try(lower, true)
	for _, s := range inflect.Spellings(lower) {
		try(s, true)
		for _, f := range inflect.Forms(s)[1:] {
			try(f, false)
		}
		for _, c := range baseForms(s) {
			try(c, true)
			// Whoever knows one form of a word knows the others: the
			// family is as familiar as its most frequent form, so
			// refracting counts as often as refracted.
			for _, f := range inflect.Forms(c)[1:] {
				try(f, false)
			}
		}
	}
	// Comparatives and adverbs are known to whoever knows the adjective
	// (rarer, obliquely); they are derivations, not inflections, so they
	// only count when the table has them.
	for _, c := range derivedBases(lower) {
		try(c, false)
	}
	switch {
	case len(known) > 0:
		w.Key = shortest(known)
	default:
		w.Key = shortest(guesses)
		// For a word the table lacks the likeliest base form stands in.
		w.Lemma = w.Key
	}
	return w
}

// shortest returns the shortest of words, the first in byte order among
// equals, so that every form of a word picks the same one.
func shortest(words []string) string {
	best := words[0]
	for _, w := range words[1:] {
		if len(w) < len(best) || len(w) == len(best) && w < best {
			best = w
		}
	}
	return best
}

// Rare reports whether lower is less frequent than below, and what the
// table knows about it. A word frequent as written is answered with one
// lookup; only the others pay for folding.
func (t *Table) Rare(lower string, below Zipf) (Word, bool) {
	if z, _, ok := t.Raw(lower); ok && z >= below {
		return t.Lookup(lower), false
	}
	w := t.Lookup(lower)
	return w, w.Zipf < below
}

// baseForms returns the base words lower may be an inflection of, likeliest
// first, keeping only those whose forms (package inflect) include lower:
// "stopped" gives "stop", "tokenization" gives "tokenize", "news" gives
// nothing, because "new" has no form "news".
func baseForms(lower string) []string {
	var cands []string
	add := func(stem, suffix string) {
		if len(stem) >= 3 {
			cands = append(cands, stem+suffix)
		}
	}
	cut := func(suffix string) (string, bool) { return strings.CutSuffix(lower, suffix) }
	if s, ok := cut("ization"); ok {
		add(s, "ize")
	}
	if s, ok := cut("isation"); ok {
		add(s, "ise")
	}
	if s, ok := cut("ies"); ok {
		add(s, "y")
	}
	if s, ok := cut("es"); ok {
		add(s, "")
	}
	if s, ok := cut("s"); ok && !strings.HasSuffix(s, "s") {
		add(s, "")
	}
	if s, ok := cut("ied"); ok {
		add(s, "y")
	}
	if s, ok := cut("ed"); ok {
		add(s, "")
		add(s, "e")
		add(undouble(s), "")
	}
	if s, ok := cut("ing"); ok {
		add(s, "")
		add(s, "e")
		add(undouble(s), "")
	}
	var out []string
	// The old third person (passeth, lieth, containeth) is an inflection
	// package inflect does not write, so it needs no check.
	if s, ok := cut("eth"); ok && len(s) >= 2 {
		out = append(out, s, s+"e")
	}
	for _, c := range cands {
		if c != lower && !slices.Contains(out, c) && slices.Contains(inflect.Forms(c), lower) {
			out = append(out, c)
		}
	}
	return out
}

// undouble drops a doubled final consonant (stopp → stop), or returns ""
// when there is none.
func undouble(s string) string {
	n := len(s)
	if n >= 2 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
		return s[:n-1]
	}
	return ""
}

// derivedBases returns the words lower may be derived from in a way that
// keeps its meaning plain to whoever knows them: the adjective of a
// comparative, superlative, adverb or quality noun (rarer, obliquely,
// plumpness, convexity give rare, oblique, plump, convex), the old
// spelling of -ic (publick) and the word a negating prefix is put on
// (inequality, untested give equality, tested). The caller only uses the
// ones in the table.
func derivedBases(lower string) []string {
	var out []string
	add := func(stem, suffix string) {
		if len(stem) >= 3 {
			out = append(out, stem+suffix)
		}
	}
	for _, suffix := range []string{"er", "est", "ness", "ity"} {
		if s, ok := strings.CutSuffix(lower, suffix); ok {
			add(s, "")
			add(s, "e")
			add(undouble(s), "")
			if y, ok := strings.CutSuffix(s, "i"); ok {
				add(y, "y")
			}
			if b, ok := strings.CutSuffix(s, "il"); ok && suffix == "ity" {
				add(b, "le") // ability → able
			}
		}
	}
	if s, ok := strings.CutSuffix(lower, "ly"); ok {
		add(s, "")
		add(s, "le")
		if y, ok := strings.CutSuffix(s, "i"); ok {
			add(y, "y")
		}
		if c, ok := strings.CutSuffix(s, "al"); ok {
			add(c, "")
		}
	}
	if i := strings.Index(lower, "ick"); i > 2 && (i+3 == len(lower) || lower[i+3:] == "ly") {
		add(lower[:i+2], lower[i+3:])
	}
	for _, prefix := range []string{"un", "in", "im", "non"} {
		if s, ok := strings.CutPrefix(lower, prefix); ok && len(s) >= 4 {
			out = append(out, s)
		}
	}
	return out
}
