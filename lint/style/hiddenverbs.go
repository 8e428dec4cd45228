package style

import "strings"

// HiddenVerbs finds verbs hidden in nouns in one sentence: a light verb in
// any inflection (make, take, give, provide, carry out, conduct, perform,
// undertake, do, effect, reach, come to, have, hold), an optional
// determiner, an optional adjective, then a noun that names the action
// ("made a decision", "carry out a thorough review of", "provide
// assistance to"). Each noun only pairs with the light verbs that really
// hide it, so "have a payment" or "take a review" are left alone.
//
// The hit covers the light verb through the noun, plus "of" or another
// preposition the plain verb absorbs ("review of the logs" → "review the
// logs", "assistance to the team" → "help the team"). Hit.Suggestion is the
// plain verb in the light verb's tense ("made" → "decided", "has made a
// choice" → "chosen", "is carrying out" → "reviewing"), with an adjective
// turned into an adverb where a simple one exists ("thoroughly review",
// "pay monthly"). A modifier with no adverb, such as a noun ("a security
// review"), is left out of the suggestion; the writer has to place it.
func HiddenVerbs(s string) []Hit {
	toks := tokenize(s)
	var hits []Hit
	for i := 0; i < len(toks); i++ {
		if h, end, ok := hiddenVerbAt(s, toks, i); ok {
			hits = append(hits, h)
			i = end
		}
	}
	return hits
}

// hiddenVerbAt tries to match a hidden verb starting at toks[i]. It returns
// the hit and the index of its last token.
func hiddenVerbAt(s string, toks []token, i int) (Hit, int, bool) {
	lv, form, particle, ok := lightVerbForm(toks[i].lower)
	if !ok || !lightVerbInPlace(s, toks, i, lv) {
		return Hit{}, 0, false
	}
	j := i + 1
	if particle != "" {
		if wordAt(toks, j) != particle {
			return Hit{}, 0, false
		}
		j++
	}
	if isDeterminer(wordAt(toks, j)) && !isPronoun(wordAt(toks, j)) {
		j++
	}
	modifier := ""
	noun, found := lookupNominal(wordAt(toks, j))
	if !found && isModifier(wordAt(toks, j)) {
		modifier = wordAt(toks, j)
		j++
		noun, found = lookupNominal(wordAt(toks, j))
	}
	if !found || noun.with&lv == 0 || isCompoundHead(wordAt(toks, j+1)) {
		return Hit{}, 0, false
	}
	nounWord := toks[j].lower
	if next := wordAt(toks, j+1); next == "of" && !noun.keepOf || next != "" && next != "of" && hasWord(noun.absorb, next) {
		j++
	}

	verb := noun.plainVerb(resolveForm(toks, i, form), nounWord)
	if adverb, after, ok := adverbFor(modifier); ok {
		if after {
			verb += " " + adverb
		} else {
			verb = adverb + " " + verb
		}
	}
	return Hit{Start: toks[i].start, End: toks[j].end, Suggestion: verb}, j, true
}

// lightVerbInPlace rules out uses of a light-verb word that are not a
// light verb: "do" and "have" as question auxiliaries ("Did the review
// finish?"), and "given", "provided" and "providing" as prepositions or
// conjunctions at the start of a clause ("Given the decision, ...",
// "provided the review passes").
func lightVerbInPlace(s string, toks []token, i int, lv lightVerb) bool {
	w := toks[i].lower
	if lv&(lvDo|lvHave) != 0 && (i == 0 || i == 1 && isQuestionWord(toks[0].lower)) && endsWithQuestionMark(s) {
		return false
	}
	switch w {
	case "given", "provided", "providing":
		return !startsClause(s, toks, i)
	}
	return true
}

// startsClause reports whether toks[i] opens the sentence or follows a
// comma, semicolon, colon, bracket or dash.
func startsClause(s string, toks []token, i int) bool {
	if i == 0 {
		return true
	}
	between := s[toks[i-1].end:toks[i].start]
	return strings.ContainsAny(between, ",;:(–—")
}

// resolveForm settles a form that could be past or participle ("made",
// "come") from the word before: after "have" or "be" it is the participle
// ("has made a decision" → "has decided", "has come to a decision").
func resolveForm(toks []token, i int, form verbForm) verbForm {
	prev := ""
	for k := i - 1; k >= 0; k-- {
		if !isAdverb(toks[k].lower) {
			prev = toks[k].lower
			break
		}
	}
	perfect := isBeForm(prev) || isHaveForm(prev)
	switch {
	case form == formPastOrPart && perfect:
		return formParticiple
	case form == formPastOrPart:
		return formPast
	case form == formBase && toks[i].lower == "come" && perfect:
		return formParticiple
	}
	return form
}

func isHaveForm(w string) bool {
	switch w {
	case "have", "has", "had", "having", "'ve", "'d", "haven't", "hasn't", "hadn't":
		return true
	}
	return false
}

func isQuestionWord(w string) bool {
	switch w {
	case "why", "when", "where", "how", "what", "who", "which", "whose":
		return true
	}
	return false
}

func isPronoun(w string) bool {
	switch w {
	case "it", "them", "him", "me", "us", "you":
		return true
	}
	return false
}

// isModifier reports a word that may be an adjective or noun modifier
// between the determiner and the noun: a plain lower-case word that is not
// a function word or a quantity.
func isModifier(w string) bool {
	if w == "" || strings.ContainsFunc(w, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
		return false
	}
	if _, _, ok := adverbFor(w); ok {
		return true // "monthly", "early": adjectives that look like adverbs
	}
	if isDeterminer(w) || isPreposition(w) || isBeForm(w) || isAuxiliary(w) || isAdverb(w) {
		return false
	}
	switch w {
	case "and", "or", "but", "no", "not", "than", "that", "which", "who",
		// Quantities would be lost from a one-verb suggestion.
		"several", "many", "few", "multiple", "numerous", "various", "more",
		"most", "another", "other", "further", "two", "three", "four", "five",
		"six", "seven", "eight", "nine", "ten", "dozens", "hundreds":
		return false
	}
	return true
}

// isCompoundHead reports nouns that, after a hidden-verb noun, make it a
// modifier instead: "a payment plan", "a review meeting", "the decision
// process".
func isCompoundHead(w string) bool {
	singular := w
	switch {
	case strings.HasSuffix(w, "sses"):
		singular = strings.TrimSuffix(w, "es") // "processes"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		singular = strings.TrimSuffix(w, "s")
	}
	switch singular {
	case "plan", "process", "system", "date", "method", "detail",
		"term", "schedule", "team", "form", "tool", "report", "document",
		"cycle", "period", "board", "committee", "meeting", "log", "record",
		"framework", "phase", "criteria", "result", "deadline", "policy",
		"procedure", "window", "point", "maker", "request", "service",
		"fee", "data", "script", "environment", "server", "suite", "case",
		"run", "job", "file", "workflow", "pipeline", "ticket", "portal",
		"centre", "center", "desk", "session", "programme", "program",
		"right", "strategy", "budget", "template", "checklist", "note",
		"tracker", "account", "card", "option", "page", "link",
		"history", "status", "summary", "plugin", "agent", "task":
		return true
	}
	return false
}

// hasWord reports whether w is one of the space-separated words in list.
func hasWord(list, w string) bool {
	for f := range strings.FieldsSeq(list) {
		if f == w {
			return true
		}
	}
	return false
}
