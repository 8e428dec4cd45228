package style

import (
	"strings"
	"unicode"

	"github.com/dejargon/dejargon/lint/inflect"
)

// Passive finds passive verb groups in one sentence: a form of "be"
// (including "'s", "'re", "'m" after a pronoun, and "isn't" and friends) or
// of "get", then up to two adverbs, then a past participle, regular (-ed) or
// irregular ("written", "shut"). Each hit spans the verb group, from any
// auxiliaries before the "be" ("could have been", "will be") to the
// participle: "has been carefully reviewed". Inverted questions are found
// too: "Was the server restarted?" spans from "Was" to "restarted".
//
// Readings where the participle is an adjective are skipped: states of mind
// and standing facts ("is interested", "are located", "was tired",
// "is based in"), un- words ("is unpatched"), hyphenated compounds ("is
// cloud-based"), verbs that take no object ("is gone"), idioms ("is
// supposed to", "is used to working", "get started", "get rid of") and -ed
// words that are not verbs ("is red", "a need"). A "by" agent after one of
// these adjectives makes it a passive again ("was surprised by the
// result"). Hit.Suggestion is empty: turning a passive round needs the
// agent, which the sentence often does not name.
func Passive(s string) []Hit {
	toks := tokenize(s)
	question := endsWithQuestionMark(s)
	var hits []Hit
	done := 0 // tokens before this index are already inside a hit
	for i := 0; i < len(toks); i++ {
		w := toks[i].lower
		get := isGetForm(w)
		if !get && !isBeForm(w) {
			continue
		}
		end := -1
		if j := skipAdverbs(toks, i+1); j < len(toks) && isPassiveParticiple(toks, j, get) {
			end = j
		} else if question && opensQuestion(toks, i) {
			end = questionParticiple(toks, i+1)
		}
		if end < 0 {
			continue
		}
		start := verbGroupStart(toks, i, done)
		hits = append(hits, Hit{Start: toks[start].start, End: toks[end].end})
		done = end + 1
		i = end
	}
	return hits
}

// skipAdverbs returns the index after at most two adverbs from i.
func skipAdverbs(toks []token, i int) int {
	for n := 0; n < 2 && i < len(toks) && isAdverb(toks[i].lower); n++ {
		i++
	}
	return i
}

// verbGroupStart walks back from the "be" or "get" at i over auxiliaries
// and further forms of "be", allowing up to two adverbs before each ("has
// not yet been"), but not into an earlier hit (tokens before floor).
func verbGroupStart(toks []token, i, floor int) int {
	start := i
	for {
		k := start - 1
		for n := 0; n < 2 && k >= floor && isAdverb(toks[k].lower); n++ {
			k--
		}
		if k < floor || !(isAuxiliary(toks[k].lower) || isBeForm(toks[k].lower)) {
			return start
		}
		start = k
	}
}

// isPassiveParticiple reports whether toks[j], after a form of "be" (or of
// "get" when afterGet), is a participle in a passive rather than an
// adjective or another part of speech.
func isPassiveParticiple(toks []token, j int, afterGet bool) bool {
	t := toks[j]
	w := t.lower
	if j > 0 && isCapitalised(t.text) {
		return false // a name: "is Ted"
	}
	if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false // "cloud-based", "well-known", "v2"
	}
	regular := !inflect.IsIrregularParticiple(w)
	if regular && (len(w) < 4 || !strings.HasSuffix(w, "ed") || isNotParticiple(w)) {
		return false
	}
	if isIntransitiveParticiple(w) {
		return false
	}
	next, after := wordAt(toks, j+1), wordAt(toks, j+2)
	if isParticipialAdjective(w) || regular && isNegatedAdjective(w) {
		return next == "by"
	}
	switch w {
	case "supposed":
		return false
	case "had", "got", "cost":
		// Participles of verbs that are as good as never passive, where
		// "'s" is "has": "it's had an effect", "it's cost us".
		return false
	case "based":
		return !isPlaceWord(next)
	case "bound":
		return next != "to"
	case "used":
		return !(next == "to" && (after == "" || strings.HasSuffix(after, "ing") || isDeterminer(after)))
	case "done", "finished":
		return next != "with"
	case "started", "rid":
		return !afterGet
	}
	return true
}

// wordAt returns toks[i].lower, or "" past the end.
func wordAt(toks []token, i int) string {
	if i < len(toks) {
		return toks[i].lower
	}
	return ""
}

// isNegatedAdjective reports un- participles that are adjectives
// ("unpatched", "unexpected", "unsupported") as opposed to participles of
// verbs that undo something ("unlocked", "uninstalled") and of under-
// verbs ("underestimated").
func isNegatedAdjective(w string) bool {
	if !strings.HasPrefix(w, "un") || strings.HasPrefix(w, "under") || len(w) < 7 {
		return false
	}
	for _, base := range regularBases(w) {
		if isUndoingVerb(base) {
			return false
		}
	}
	return true
}

// regularBases returns the base forms a regular participle may come from:
// "locked" → "lock", "muted" → "mute", "plugged" → "plug", "unified" →
// "unify". Only some are real words; callers look them up.
func regularBases(w string) []string {
	stem := strings.TrimSuffix(w, "ed")
	bases := []string{stem, stem + "e"}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		bases = append(bases, stem[:n-1])
	}
	if s, ok := strings.CutSuffix(stem, "i"); ok {
		bases = append(bases, s+"y")
	}
	return bases
}

// isUndoingVerb reports verbs formed with un- that reverse an action.
func isUndoingVerb(w string) bool {
	switch w {
	case "unlock", "uninstall", "unplug", "unsubscribe", "unblock", "unpack",
		"unzip", "unmount", "unload", "unassign", "unpublish", "unshare",
		"unpin", "untie", "unwrap", "unfollow", "unmute", "uncheck", "unify",
		"unite", "unleash", "unveil", "uncover", "unroll", "unlink",
		"unregister", "unlist", "unarchive", "unselect", "unfreeze", "unhide":
		return true
	}
	return false
}

// isPlaceWord reports words that make "based" mean "located": "based in
// Leeds", "based abroad".
func isPlaceWord(w string) bool {
	switch w {
	case "in", "at", "near", "out", "around", "inside", "outside", "within",
		"abroad", "locally", "overseas", "here", "there", "offshore",
		"onshore", "remotely", "across", "between":
		return true
	}
	return false
}

// isDeterminer reports words that start a noun phrase.
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "these", "those", "my", "your",
		"our", "their", "his", "her", "its", "some", "any", "no", "every",
		"each", "it", "them", "him", "me", "us", "you":
		return true
	}
	return false
}

// endsWithQuestionMark reports a sentence ending in '?', allowing closing
// quotes and brackets after it.
func endsWithQuestionMark(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"')]}”’»`, r)
	})
	return strings.HasSuffix(s, "?")
}

// opensQuestion reports a finite "be" that starts a question, alone or
// after a question word: "Was ...", "Why were ...".
func opensQuestion(toks []token, i int) bool {
	switch toks[i].lower {
	case "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't":
	default:
		return false
	}
	if i == 0 {
		return true
	}
	if i == 1 {
		switch toks[0].lower {
		case "why", "when", "where", "how", "what", "who", "which":
			return true
		}
	}
	return false
}

// questionParticiple looks past the subject of an inverted question ("the
// server", "it", "the old logs") for the participle, and returns its index
// or -1. The subject is at most four words and stops at a preposition or
// an -ing verb, which would mean the question is not passive.
func questionParticiple(toks []token, from int) int {
	for k := from; k < len(toks) && k < from+5; k++ {
		w := toks[k].lower
		if k > from && isPassiveParticiple(toks, k, false) {
			return k
		}
		if isPreposition(w) || strings.HasSuffix(w, "ing") || isBeForm(w) || isAuxiliary(w) {
			return -1
		}
	}
	return -1
}

func isPreposition(w string) bool {
	switch w {
	case "on", "in", "at", "to", "for", "with", "by", "of", "from", "about",
		"into", "over", "under", "after", "before", "during":
		return true
	}
	return false
}
