package style

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
