package style

import (
	"sort"
	"strings"
)

// Word tables for the passive detector. Most are switch statements, which
// cannot be changed at run time; the forms of "be" and "get" are sets
// because PassiveCues hands them out too.

// beForms are the forms of "be", contractions included; getForms those
// of "get", which makes passives too ("got deleted"). Passive starts from
// one of them, and PassiveCues hands them to callers that filter
// sentences first, so there is one list of each.
var (
	beForms = wordSet("am", "is", "are", "was", "were", "be", "been", "being",
		"'s", "'re", "'m", "isn't", "aren't", "wasn't", "weren't", "ain't")
	getForms = wordSet("get", "gets", "got", "gotten", "getting")
)

// isBeForm reports forms of "be", including contractions.
func isBeForm(w string) bool { return beForms[w] }

// isGetForm reports forms of "get".
func isGetForm(w string) bool { return getForms[w] }

// PassiveCues returns every word Passive may start from: the forms of
// "be" and "get", contractions ("'s", "isn't") included. A caller that
// skips sentences without one builds its list from this one.
func PassiveCues() []string {
	var out []string
	for _, set := range []map[string]bool{beForms, getForms} {
		for w := range set {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// wordSet makes a read-only set of words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isAuxiliary reports words that can stand before "be" or "been" in a verb
// group ("will be", "has been", "could have been"), so that a passive's
// span can take them in.
func isAuxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "having", "will", "would", "shall", "should",
		"can", "could", "may", "might", "must", "'ve", "'ll", "'d",
		"hasn't", "haven't", "hadn't", "won't", "wouldn't", "shouldn't",
		"can't", "cannot", "couldn't", "mustn't", "to":
		return true
	}
	return false
}

// isIntransitiveParticiple reports participles of verbs that take no
// object, so "be" before them is an old perfect or an adjective ("he's
// gone", "the moment is come"), never a passive.
func isIntransitiveParticiple(w string) bool {
	switch w {
	case "gone", "come", "become", "arisen", "risen", "fallen", "happened",
		"occurred", "arrived", "appeared", "existed", "seemed", "remained",
		"emerged", "departed", "died", "slept", "stood", "sat", "lain",
		"fled", "vanished", "disappeared", "been", "crept", "knelt", "swum",
		"wept", "striven", "leapt", "leant":
		return true
	}
	return false
}

// isNotParticiple reports words ending in -ed that are not past
// participles ("red", "hundred", "naked").
func isNotParticiple(w string) bool {
	switch w {
	case "red", "bed", "wed", "sled", "shred", "hundred", "sacred", "naked",
		"wicked", "rugged", "ragged", "jagged", "crooked", "kindred",
		"hatred", "wretched", "beloved", "dogged", "biped", "embed",
		"infrared":
		return true
	}
	if strings.HasSuffix(w, "eed") {
		// "need", "indeed", "speed", "feed"; a few verbs in -ee take -d.
		switch w {
		case "agreed", "guaranteed", "freed", "decreed", "refereed", "disagreed":
			return false
		}
		return true
	}
	return false
}

// isParticipialAdjective reports participles that after "be" usually
// describe a state of mind or a standing fact rather than an action done
// to the subject ("is interested", "are located"). With a "by" agent after
// them they are read as passives again ("was surprised by the result").
func isParticipialAdjective(w string) bool {
	switch w {
	case "interested", "concerned", "excited", "tired", "located",
		"situated", "headquartered", "worried", "pleased", "satisfied",
		"disappointed", "surprised", "bored", "confused", "amazed", "annoyed",
		"scared", "frightened", "terrified", "shocked", "married",
		"divorced", "dedicated", "committed", "involved", "related",
		"unrelated", "qualified", "experienced", "skilled", "talented",
		"detailed", "complicated", "sophisticated", "advanced", "crowded",
		"determined", "supposed", "entitled", "aged", "accustomed",
		"acquainted", "ashamed", "convinced", "exhausted", "delighted",
		"thrilled", "relieved", "embarrassed", "frustrated", "overwhelmed",
		"stressed", "obsessed", "motivated", "depressed", "devoted",
		"inclined", "opinionated", "puzzled", "fascinated", "impressed",
		"alarmed", "amused", "astonished", "bewildered", "disgusted",
		"distressed", "engaged", "horrified", "irritated", "overjoyed",
		"perplexed", "petrified", "startled", "stunned", "troubled",
		"employed", "unemployed", "biased", "balanced", "upset", "stuck",
		"dressed":
		return true
	}
	return false
}
