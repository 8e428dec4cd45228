package inflect

import "strings"

// Forms returns the inflected and derived forms of a lower-case base word,
// the word itself first, without duplicates.
//
// Because the part of speech is unknown, a word gets both verb forms (-s,
// -ed, -ing) and noun forms (plural, possessives), plus the -ization noun of
// an -ize or -ise verb. Where English is unpredictable (does "visit" double
// its t?) both spellings are listed: a non-word in the list never matches
// anything, while a missing form lets jargon through. Derivations that make
// a different word (-er, -ly, -able, -y) are never produced, and words that
// are not plain lower-case ASCII (optionally hyphenated), shorter than
// three letters (except the verbs be, do and go) or grammatical words (it,
// out, down) come back alone. A hyphenated word is inflected on its last
// part (deep-dived), or only pluralised if that part is a particle
// (follow-ups). Forms covers one spelling; combine
// it with Spellings, or call AllForms, to cover British and American.
func Forms(word string) []string {
	out := []string{word}
	seen := map[string]bool{word: true}
	for _, l := range labelledForms(word, false) {
		if !seen[l.text] {
			seen[l.text] = true
			out = append(out, l.text)
		}
	}
	return out
}

// AllForms returns the forms of every spelling of word: Forms applied to
// each of Spellings(word), the word itself first, without duplicates.
func AllForms(word string) []string {
	out := []string{word}
	seen := map[string]bool{word: true}
	for _, s := range Spellings(word) {
		for _, f := range Forms(s) {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// labelled is one form of a word together with which form it is.
type labelled struct {
	text string
	form Form
}

// labelledForms computes the forms of word other than the word itself
// (though an irregular form may equal it, as the past of "set" does). With
// precise set it keeps only the spelling Inflect writes for each form;
// otherwise it adds accepted variants and uncertain guesses for matching.
func labelledForms(word string, precise bool) []labelled {
	if !plainWord(word) {
		return nil
	}
	if i := strings.LastIndexByte(word, '-'); i >= 0 {
		return compoundForms(word[:i+1], word[i+1:], precise)
	}
	v, isIrregular := lookupIrregular(word)
	if closedClass[word] || (len(word) < 3 && !isIrregular) {
		return nil
	}
	var out []labelled
	add := func(f Form, texts ...string) {
		if precise && len(texts) > 1 {
			texts = texts[:1]
		}
		for _, t := range texts {
			if !notForms[word][t] {
				out = append(out, labelled{t, f})
			}
		}
	}

	plurals, nounOnly := nounPlurals(word)
	if isIrregular && v.third != "" {
		// be, do, go, have: verbs so common that a noun reading ("the
		// haves", "gos") would only produce false matches.
		plurals = nil
	}
	if !nounOnly {
		third, past, participle, gerund := verbForms(word)
		add(ThirdPerson, third...)
		add(Past, past...)
		add(PastParticiple, participle...)
		add(Gerund, gerund...)
		if word == "be" {
			add(Base, "am", "are")
		}
	}
	if plurals == nil {
		return out
	}
	add(Plural, plurals...)
	add(Possessive, word+"'s")
	if !precise && strings.HasSuffix(word, "s") {
		add(Possessive, word+"'") // the style that writes "the process' end"
	}
	if precise {
		plurals = plurals[:1]
	}
	for _, p := range plurals {
		add(PluralPossessive, pluralPossessive(p))
	}
	if n, ok := nominal(word); ok {
		add(Nominal, n)
		add(NominalPlural, n+"s")
	}
	return out
}

// plainWord reports whether word is something this package inflects: ASCII
// lower-case letters, optionally joined by single hyphens. Capitals mean an
// acronym or a name, and digits or apostrophes mean it is not a base word.
func plainWord(word string) bool {
	if word == "" || word[0] == '-' || word[len(word)-1] == '-' {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c == '-' && word[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// compoundForms inflects a hyphenated word on its last part, as English
// does: deep-dive → deep-dived, follow-up → follow-ups. When the last part
// is a particle ("up", "in") it is a compound noun and only takes -s.
func compoundForms(head, tail string, precise bool) []labelled {
	sub := labelledForms(tail, precise)
	if sub == nil {
		w := head + tail
		return []labelled{{w + "s", Plural}, {w + "'s", Possessive}, {w + "s'", PluralPossessive}}
	}
	out := make([]labelled, 0, len(sub))
	for _, l := range sub {
		out = append(out, labelled{head + l.text, l.form})
	}
	return out
}

func pluralPossessive(p string) string {
	if strings.HasSuffix(p, "s") {
		return p + "'"
	}
	return p + "'s"
}

// nominal gives the action noun of an -ize or -ise verb: utilize →
// utilization, prioritise → prioritisation. Words whose -ize or -ise is part
// of the root (size, capsize, expertise, advise) are not such verbs, by the
// same tests Spellings uses. Other verbs have no regular action noun.
func nominal(word string) (string, bool) {
	if stem, ok := strings.CutSuffix(word, "ize"); ok && len(stem) >= 3 && !sizeStem(stem) {
		return stem + "ization", true
	}
	if stem, ok := strings.CutSuffix(word, "ise"); ok && len(stem) >= 3 && iseIsVerbEnding(stem, false) {
		return stem + "isation", true
	}
	return "", false
}

// lookupIrregular finds word's irregular forms, directly or through a
// prefix that keeps the irregularity (rebuild → rebuilt).
func lookupIrregular(word string) (irregular, bool) {
	if v, ok := irregularVerbs[word]; ok {
		return v, true
	}
	if notPrefixed[word] {
		return irregular{}, false
	}
	for _, p := range irregularPrefixes {
		rest, ok := strings.CutPrefix(word, p)
		if !ok || len(rest) < 2 {
			continue
		}
		v, ok := irregularVerbs[rest]
		if !ok {
			continue
		}
		pre := func(ss []string) []string {
			out := make([]string, len(ss))
			for i, s := range ss {
				out[i] = p + s
			}
			return out
		}
		w := irregular{past: pre(v.past), participle: pre(v.participle)}
		if v.third != "" {
			w.third = p + v.third
		}
		if v.gerund != "" {
			w.gerund = p + v.gerund
		} else {
			w.gerund = p + ingForms(rest)[0]
		}
		return w, true
	}
	return irregular{}, false
}

// verbForms returns the verb forms of word, the preferred spelling of each
// first.
func verbForms(word string) (third, past, participle, gerund []string) {
	if v, ok := lookupIrregular(word); ok {
		third = sForms(word)
		if v.third != "" {
			third = []string{v.third}
		}
		gerund = ingForms(word)
		if v.gerund != "" {
			gerund = []string{v.gerund}
		}
		return third, v.past, v.participle, gerund
	}
	ed := edForms(word)
	return sForms(word), ed, ed, ingForms(word)
}

// nounPlurals returns word's plurals, preferred first, and whether the word
// is only ever a noun.
func nounPlurals(word string) ([]string, bool) {
	if p, ok := irregularNouns[word]; ok {
		return p.plurals, p.nounOnly
	}
	if len(word) >= 5 && strings.HasSuffix(word, "sis") {
		// analysis → analyses, crisis → crises; these are never verbs.
		return []string{word[:len(word)-2] + "es"}, true
	}
	return sForms(word), false
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// vowelAt reports whether word[i] sounds as a vowel: y after a consonant
// does (carry), u after q does not (quit).
func vowelAt(word string, i int) bool {
	c := word[i]
	switch {
	case c == 'y':
		return i > 0 && !isVowel(word[i-1])
	case c == 'u' && i > 0 && word[i-1] == 'q':
		return false
	}
	return isVowel(c)
}

// syllables counts groups of vowels, which is close enough to syllables for
// telling "plan" from "happen".
func syllables(word string) int {
	n := 0
	for i := range len(word) {
		if vowelAt(word, i) && (i == 0 || !vowelAt(word, i-1)) {
			n++
		}
	}
	return n
}

// endsConsonantY reports a final y after a consonant, which becomes ie
// before -s and -d (carry → carries, carried).
func endsConsonantY(word string) bool {
	n := len(word)
	return n >= 2 && word[n-1] == 'y' && !isVowel(word[n-2])
}

// sForms adds -s or -es: the third person of verbs and the plural of
// regular nouns, which English spells alike.
func sForms(word string) []string {
	n := len(word)
	switch {
	case endsConsonantY(word):
		return []string{word[:n-1] + "ies"}
	case strings.HasSuffix(word, "ch") && hardCh[word]:
		return []string{word + "s"}
	case strings.HasSuffix(word, "z") && doubling(word) == doubleAlways:
		return []string{word + "zes"} // quiz → quizzes
	case strings.HasSuffix(word, "s") && doubling(word) == doubleAlways:
		return []string{word + "es", word + "ses"} // bus → buses, busses
	case strings.HasSuffix(word, "s"), strings.HasSuffix(word, "x"),
		strings.HasSuffix(word, "z"), strings.HasSuffix(word, "ch"),
		strings.HasSuffix(word, "sh"):
		return []string{word + "es"}
	case n >= 2 && word[n-1] == 'o' && !isVowel(word[n-2]):
		if oesPlurals[word] {
			return []string{word + "es", word + "s"}
		}
		return []string{word + "s", word + "es"}
	}
	return []string{word + "s"}
}

// How a final consonant behaves before -ed and -ing.
const (
	doubleNever  = iota // need → needed
	doubleAlways        // plan → planned, commit → committed
	doubleEither        // visit → visited; listed both ways when matching
)

// doubling decides whether the final consonant doubles. English doubles a
// single consonant after a single stressed vowel. Stress cannot be seen in
// spelling, so one-syllable words double, listed verbs double, verbs in -l
// double only in British spelling, and the rest are ambiguous.
func doubling(word string) int {
	n := len(word)
	if llVerbs[word] {
		return doubleEither
	}
	if n < 3 {
		return doubleNever
	}
	last := word[n-1]
	// w, x and y are never doubled, and c becomes ck (panicked) only in
	// the listed ckVerbs.
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' || last == 'c' ||
		!vowelAt(word, n-2) || vowelAt(word, n-3) || word[n-2] == 'y' {
		return doubleNever
	}
	if syllables(word) <= 1 || stressedFinal[word] {
		return doubleAlways
	}
	return doubleEither
}

// edForms adds -ed, preferred spelling first.
func edForms(word string) []string {
	n := len(word)
	switch {
	case strings.HasSuffix(word, "e"):
		return []string{word + "d"}
	case endsConsonantY(word):
		return []string{word[:n-1] + "ied"}
	case ckVerbs[word]:
		return []string{word + "ked"}
	}
	return withDoubling(word, "ed")
}

// ingForms adds -ing, preferred spelling first.
func ingForms(word string) []string {
	n := len(word)
	switch {
	case strings.HasSuffix(word, "ie"):
		return []string{word[:n-2] + "ying"} // die → dying
	case hasKey(keepE, word):
		if keepE[word] {
			return []string{word + "ing", word[:n-1] + "ing"}
		}
		return []string{word + "ing"}
	case strings.HasSuffix(word, "ee"), strings.HasSuffix(word, "oe"),
		strings.HasSuffix(word, "ye"):
		return []string{word + "ing"} // agreeing, hoeing, dyeing
	case n > 2 && strings.HasSuffix(word, "e"):
		return []string{word[:n-1] + "ing"} // make → making
	case ckVerbs[word]:
		return []string{word + "king"}
	}
	return withDoubling(word, "ing")
}

func hasKey(m map[string]bool, k string) bool {
	_, ok := m[k]
	return ok
}

// withDoubling adds suffix, doubling the final consonant as doubling says;
// for ambiguous words the single consonant comes first because it is the
// American spelling of -l verbs and the commoner choice otherwise.
func withDoubling(word, suffix string) []string {
	doubled := word + word[len(word)-1:] + suffix
	switch doubling(word) {
	case doubleAlways:
		return []string{doubled}
	case doubleEither:
		return []string{word + suffix, doubled}
	}
	return []string{word + suffix}
}
