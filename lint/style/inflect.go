package style

import "strings"

// inflect puts the plain verb of n into form. Phrasal verbs ("back up")
// inflect their first word. form must not be formPastOrPart; resolve it
// first.
func (n nominal) inflect(form verbForm) string {
	head, particle, _ := strings.Cut(n.verb, " ")
	var out string
	switch form {
	case formThird:
		out = thirdPerson(head)
	case formPast:
		out = n.pastTense(head)
	case formParticiple:
		out = n.pastParticiple(head)
	case formIng:
		out = n.presentParticiple(head)
	default:
		out = head
	}
	if particle != "" {
		out += " " + particle
	}
	return out
}

func (n nominal) pastTense(head string) string {
	if n.past != "" {
		return n.past
	}
	return regularPast(head)
}

func (n nominal) pastParticiple(head string) string {
	if n.participle != "" {
		return n.participle
	}
	return n.pastTense(head)
}

// presentParticiple builds the -ing form. A doubled final consonant in the
// past tense ("committed", "referred") is doubled here too.
func (n nominal) presentParticiple(head string) string {
	switch {
	case strings.HasSuffix(head, "ie"):
		return strings.TrimSuffix(head, "ie") + "ying"
	case strings.HasSuffix(head, "ee"), strings.HasSuffix(head, "ye"):
		return head + "ing"
	case strings.HasSuffix(head, "e"):
		return strings.TrimSuffix(head, "e") + "ing"
	}
	if last := head[len(head)-1]; strings.HasSuffix(n.past, string([]byte{last, last})+"ed") &&
		!strings.HasSuffix(head, string([]byte{last, last})) {
		return head + string(last) + "ing"
	}
	return head + "ing"
}

// regularPast adds -ed with the usual spelling changes: "decide" →
// "decided", "modify" → "modified", "review" → "reviewed".
func regularPast(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case consonantY(v):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

// thirdPerson adds -s or -es: "decides", "discusses", "modifies".
func thirdPerson(v string) string {
	switch {
	case consonantY(v):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// consonantY reports a word ending in consonant + y ("apply", not "pay").
func consonantY(v string) bool {
	n := len(v)
	return n >= 2 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
}

// spellLike gives verb the -ize spelling when the writer's noun used -iz-
// ("authorization" → "authorize"); otherwise the British -ise stays.
func spellLike(verb, noun string) string {
	if !strings.Contains(noun, "iz") {
		return verb
	}
	verb = strings.Replace(verb, "ise", "ize", 1)
	return strings.Replace(verb, "yse", "yze", 1)
}

// adverbFor turns an adjective before the noun into an adverb for the
// suggestion ("a thorough review" → "thoroughly review"). after reports
// adverbs of time and frequency, which read better after the verb ("pay
// monthly"). ok is false for modifiers with no simple adverb, such as
// nouns ("a security review"); the suggestion then names the verb alone.
func adverbFor(adj string) (adverb string, after, ok bool) {
	switch adj {
	case "thorough", "careful", "final", "quick", "formal", "brief", "clear",
		"proper", "complete", "initial", "independent", "joint", "prompt",
		"urgent", "immediate", "rapid", "swift", "successful", "significant",
		"substantial", "considerable", "slight", "collective", "unanimous",
		"informal", "comprehensive", "careless", "partial", "direct", "close":
		return adj + "ly", false, true
	case "full":
		return "fully", false, true
	case "minor", "small":
		return "slightly", false, true
	case "fast":
		return "quickly", false, true
	case "manual", "annual", "regular":
		return adj + "ly", true, true
	case "automatic":
		return "automatically", true, true
	case "monthly", "weekly", "daily", "quarterly", "yearly", "early", "late":
		return adj, true, true
	case "detailed":
		return "in detail", true, true
	}
	return "", false, false
}
