package inflect

import "strings"

// FormOf reports which form of lemma (a base word or phrase) the written
// word is, case-insensitively and in either spelling standard:
// FormOf("leveraging", "leverage") = Gerund, FormOf("Utilisations",
// "utilize") = NominalPlural, FormOf("spun up", "spin up") =
// PastOrParticiple. ok is false when written is not a form of lemma, or
// when it could be two forms that a replacement may spell differently
// (the possessive "sheep's" could be singular or plural).
//
// Where English spells two forms alike, FormOf says so rather than guess:
// "leveraged" is PastOrParticiple, "leverages" ThirdOrPlural and the
// written base "set" BaseOrPast. Inflect knows what to do with these.
//
// In a phrase, the words must match one for one (a hyphen counts as a
// space) and at most one of them may be inflected.
func FormOf(written, lemma string) (Form, bool) {
	ws, ls := phraseWords(written), phraseWords(lemma)
	if len(ws) == 0 {
		return Base, false
	}
	if f, ok := phraseFormOf(ws, ls); ok {
		return f, true
	}
	// A compound ending in a particle inflects as a whole ("follow-ups",
	// also written "follow ups"), so try the words joined up.
	if len(ws) > 1 || len(ls) > 1 {
		return wordFormOf(strings.Join(ws, "-"), strings.Join(ls, "-"))
	}
	return Base, false
}

func phraseFormOf(ws, ls []string) (Form, bool) {
	if len(ws) != len(ls) {
		return Base, false
	}
	if len(ws) == 1 {
		return wordFormOf(ws[0], ls[0])
	}
	form := Base
	for i := range ws {
		f, ok := wordFormOf(ws[i], ls[i])
		if !ok {
			return Base, false
		}
		if f == Base {
			continue
		}
		if form != Base {
			return Base, false // two words inflected: not a form of the phrase
		}
		form = f
	}
	return form, true
}

// phraseWords lower-cases s, makes typographic apostrophes plain and splits
// it at spaces and hyphens.
func phraseWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Fields(strings.ReplaceAll(s, "-", " "))
}

// formSet is a set of Forms as bits.
type formSet uint32

func (s formSet) has(f Form) bool { return s&(1<<f) != 0 }

func wordFormOf(written, lemma string) (Form, bool) {
	var set formSet
	for _, sp := range Spellings(lemma) {
		if sp == written {
			set |= 1 << Base
		}
		for _, l := range labelledForms(sp, false) {
			if l.text == written {
				set |= 1 << l.form
			}
		}
	}
	if set == 0 {
		return Base, false
	}
	// Fold forms that share a spelling into the ambiguous forms.
	if set.has(Base) {
		if set.has(Past) || set.has(PastParticiple) {
			return BaseOrPast, true // put, set; also run (has run)
		}
		set = 1 << Base
	}
	if set.has(Past) && set.has(PastParticiple) {
		set = set&^(1<<Past|1<<PastParticiple) | 1<<PastOrParticiple
	}
	if set.has(ThirdPerson) && set.has(Plural) {
		set = set&^(1<<ThirdPerson|1<<Plural) | 1<<ThirdOrPlural
	}
	for f := Base; f <= BaseOrPast; f++ {
		if set == 1<<f {
			return f, true
		}
	}
	return Base, false
}

// Inflect puts a plain replacement (a word or phrase in base form) into
// form f: Inflect("use", Gerund) = "using", Inflect("carry out", Gerund) =
// "carrying out", Inflect("service agreement", Plural) = "service
// agreements". Verb forms inflect the first word of a phrase, which must
// look like a verb phrase (a known verb first, or a particle last: "set
// up", "make use of"); noun forms inflect the head noun, the last word or
// the word before a preposition ("points of view"). Pass the replacement
// in lower case, as the glossary writes it, and apply MatchCase to the
// result: a capitalised word in it is taken for a name, which gets no
// ending but the possessive, and an all-capital word for an acronym, which
// gets only the plural and possessives ("SLAs").
//
// ok is false, and the caller should leave the text alone, whenever the
// result might be wrong:
//   - an ending on a name (see above);
//   - a plural of an uncountable noun (cooperation, advice): the singular is
//     not offered instead, because the verb after it would then disagree
//     ("synergies are" → "cooperation are");
//   - verb forms of a word that is only a noun, or of a phrase that does
//     not look like a verb phrase;
//   - an ambiguous form the replacement spells two ways: PastOrParticiple
//     for take (took or taken), BaseOrPast for use (use or used),
//     ThirdOrPlural for man (mans or men); for leverage → use these are
//     all fine because "used" and "uses" serve both readings;
//   - Nominal of a verb with no known action noun (utilize → use works,
//     because "use" is its own noun);
//   - an empty replacement.
//
// Where a form has two accepted spellings the American one is written
// (traveled, -ize stays -ize); pass the result through Respell to follow the
// text's dialect.
func Inflect(replacement string, f Form) (string, bool) {
	words := strings.Fields(replacement)
	if len(words) == 0 {
		return "", false
	}
	if f == Base {
		return replacement, true
	}
	if f > BaseOrPast {
		return "", false
	}
	if len(words) == 1 {
		return inflectWord(words[0], f)
	}
	if f == Nominal || f == NominalPlural {
		return "", false
	}
	verbal := looksLikeVerbPhrase(words)
	if f == ThirdOrPlural {
		f = Plural
		if verbal {
			f = ThirdPerson
		}
	}
	i := 0
	switch f {
	case Plural, Possessive, PluralPossessive:
		if verbal {
			return "", false
		}
		i = nounHead(words)
		if f == Possessive {
			i = len(words) - 1 // the group possessive: "point of view's"
		}
		if f == PluralPossessive && i != len(words)-1 {
			return "", false // "points of view's" is not English
		}
	default:
		if !verbal {
			return "", false
		}
	}
	w, ok := inflectWord(words[i], f)
	if !ok {
		return "", false
	}
	words[i] = w
	return strings.Join(words, " "), true
}

// looksLikeVerbPhrase reports whether a phrase of two or more words is a
// verb phrase: it ends in a particle or preposition (carry out, make use
// of) or starts with a known verb followed by something other than a noun
// ("get in touch", "take the lead", "make clear"). "use case" is a noun
// phrase, so a known verb followed by a plain word is not enough.
func looksLikeVerbPhrase(words []string) bool {
	last := strings.ToLower(words[len(words)-1])
	if particles[last] {
		return true
	}
	first := strings.ToLower(words[0])
	if !isVerb(first) {
		return false
	}
	second := strings.ToLower(words[1])
	if determiners[second] || verbComplements[second] {
		return true
	}
	// A particle after a verb makes a phrasal verb ("set up the team",
	// "get in touch") unless it starts a noun's complement ("point of
	// view", "return on investment"), which "of" always does and other
	// prepositions do when a plain noun follows.
	if !particles[second] || second == "of" {
		return false
	}
	if len(words) == 2 {
		return true
	}
	third := strings.ToLower(words[2])
	return determiners[third] || verbComplements[third]
}

// nounHead finds the word a noun phrase pluralises: the last word, or the
// word before the first preposition ("point of view", "return on
// investment" → "points of view", "returns on investment").
func nounHead(words []string) int {
	for i := 1; i < len(words); i++ {
		if prepositions[strings.ToLower(words[i])] {
			return i - 1
		}
	}
	return len(words) - 1
}

// inflectWord inflects one word. The replacement is written in lower case
// as the glossary gives it, so a capital marks a name ("Excel", "Teams")
// and capitals throughout an acronym; names take only the possessive and
// acronyms also the plural, since "Excelled" or "SLAED" would be wrong.
func inflectWord(word string, f Form) (string, bool) {
	switch caseOf(word) {
	case upperCase:
		return acronymForm(word, f)
	case sentenceCase, titleCase:
		if f == Possessive {
			return word + "'s", true
		}
		return "", false
	}
	lower := strings.ToLower(word)
	if !plainWord(lower) {
		return "", false
	}
	if closedClass[lower] {
		return "", false
	}
	return inflectLower(lower, f)
}

// acronymForm handles an all-capital word such as "SLA": it can take a
// plural and possessives but no verb endings.
func acronymForm(word string, f Form) (string, bool) {
	if !plainWord(strings.ToLower(word)) {
		return "", false
	}
	switch f {
	case Plural:
		return word + "s", true
	case Possessive:
		return word + "'s", true
	case PluralPossessive:
		return word + "s'", true
	}
	return "", false
}

func inflectLower(w string, f Form) (string, bool) {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		// A compound takes its ending on the last part (deep-dived,
		// follow-ups); one ending in a particle is a noun (check-ins).
		head, tail := w[:i+1], w[i+1:]
		if f == Possessive {
			return w + "'s", true
		}
		if labelledForms(tail, true) == nil {
			switch f {
			case Plural, ThirdOrPlural:
				return w + "s", true
			case PluralPossessive:
				return w + "s'", true
			}
			return "", false
		}
		out, ok := inflectLower(tail, f)
		return head + out, ok
	}
	switch f {
	case Plural, Possessive, PluralPossessive:
		return nounForm(w, f)
	case Nominal, NominalPlural:
		n, ok := nominalOf(w)
		if !ok || f == Nominal {
			return n, ok
		}
		return nounForm(n, Plural)
	case ThirdOrPlural:
		third, tok := verbForm(w, ThirdPerson)
		plural, pok := nounForm(w, Plural)
		switch {
		case tok && pok && third != plural:
			return "", false // man: mans or men
		case tok:
			return third, true
		}
		return plural, pok
	}
	return verbForm(w, f)
}

// canBeVerb reports whether w may take verb endings: known verbs may,
// words that look like nouns may not, and other words get the benefit of
// the doubt.
func canBeVerb(w string) bool {
	if isVerb(w) {
		return true
	}
	if _, nounOnly := nounPlurals(w); nounOnly || uncountable[w] {
		return false
	}
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return false
		}
	}
	return true
}

// nounSuffixes mark words that are nouns (cooperation, readiness,
// velocity, alignment, meeting: "meetinged" is no word); listed verbs
// such as "mention" or "bring" are exempt.
var nounSuffixes = []string{"tion", "sion", "ness", "ity", "ism", "ship", "ment", "ance", "ence", "hood", "ing"}

func verbForm(w string, f Form) (string, bool) {
	if !canBeVerb(w) {
		return "", false
	}
	v, irregular := lookupIrregular(w)
	third, past, participle, gerund := verbForms(w)
	switch f {
	case ThirdPerson:
		return third[0], true
	case Past:
		return past[0], true
	case PastParticiple:
		return participle[0], true
	case Gerund:
		return gerund[0], true
	case PastOrParticiple:
		// The first spelling that is both (showed, proved, got).
		for _, p := range past {
			for _, q := range participle {
				if p == q {
					return p, true
				}
			}
		}
		return "", false
	case BaseOrPast:
		if irregular && v.past[0] == w && v.participle[0] == w {
			return w, true // put, set, cut
		}
		return "", false
	}
	return "", false
}

func nounForm(w string, f Form) (string, bool) {
	if f == Possessive {
		if LooksPlural(w) {
			return "", false // "systems's": the plural's possessive is "systems'"
		}
		return w + "'s", true
	}
	if uncountable[w] {
		return "", false
	}
	plurals, _ := nounPlurals(w)
	if v, ok := lookupIrregular(w); ok && v.third != "" {
		return "", false // be, do, go, have
	}
	p := plurals[0]
	if f == PluralPossessive {
		return pluralPossessive(p), true
	}
	return p, true
}

// nominalOf gives the action noun of a verb: the verb itself for "use" or
// "change", a listed noun for "improve" or "decide", -ization for -ize.
func nominalOf(w string) (string, bool) {
	if zeroNominal[w] {
		return w, true
	}
	if n, ok := nominals[w]; ok {
		return n, true
	}
	return nominal(w)
}

// isVerb reports whether w is known to be a verb.
func isVerb(w string) bool {
	if _, ok := lookupIrregular(w); ok {
		return true
	}
	return commonVerbs[w] || zeroNominal[w] || nominals[w] != ""
}

// LooksPlural reports a lower-case word that ends like a plural: in s,
// but not in ss, us or is (loss, status, analysis).
func LooksPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
