package readability

import "strings"

// ruleSyllables estimates the syllables in w, a lower-case word of letters,
// as its vowel groups, plus groups that are pronounced as two ("di-al",
// "cre-ate"), minus silent endings ("make", "looked", "lately"), plus
// syllabic endings with no vowel of their own ("prism").
func ruleSyllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if !isVowelAt(w, i) {
			continue
		}
		if i == 0 || !isVowelAt(w, i-1) || splitsAt(w, i) {
			n++
		}
	}
	if n > 1 {
		n -= silentEnding(w)
	}
	if n > 1 && silentInnerE(w) {
		n--
	}
	if hasAnySuffix(w, "sm", "sms", "thm", "thms") {
		n++ // "prism", "rhythm": the m carries a syllable
	}
	if sungIRE(w) {
		n++ // "fire", "tired", "entirely": the r after "i" is a syllable
	}
	if syllabicLing(w) {
		n++ // "settling", "struggling": the l of "settle" keeps its syllable
	}
	if strings.HasSuffix(w, "ically") {
		n-- // "basically" is said "basic-ly"
	}
	return n
}

// sungIRE reports words ending in consonant + "ire" and its inflections
// ("fire", "hired", "desires", "retirement", "entirely"), which the
// dictionary gives two syllables for where the spelling shows one.
func sungIRE(w string) bool {
	for _, suffix := range [...]string{"ire", "ired", "ires", "irement", "irements", "irely"} {
		if stem, ok := strings.CutSuffix(w, suffix); ok {
			return stem != "" && consonantBefore(w, len(stem))
		}
	}
	return false
}

// syllabicLing reports "-ling" after a stop consonant that itself follows a
// consonant or a short vowel spelled double ("settling", "gambling",
// "circling", "troubling"), where the verb ends in a sounded "-le".
func syllabicLing(w string) bool {
	stem, ok := strings.CutSuffix(w, "ling")
	if !ok {
		stem, ok = strings.CutSuffix(w, "lings")
	}
	if !ok || len(stem) < 3 || strings.IndexByte("bcdgkptz", stem[len(stem)-1]) < 0 {
		return false
	}
	return consonantBefore(w, len(stem)-1) || strings.HasSuffix(stem, "oub")
}

func hasVowel(s string) bool {
	return strings.ContainsAny(s, "aeiouy")
}

// isVowelAt reports whether w[i] sounds as a vowel. 'u' after 'q' ("quite")
// and before a vowel after 'g' ("guess", "language") is a glide. 'y' before
// a vowel is a consonant at the start of a word or after a vowel ("yes",
// "player", "beyond"), but a vowel after leading consonants ("dryer",
// "cyanide") and before 'i' ("trying").
func isVowelAt(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o':
		return true
	case 'u':
		if i > 0 && w[i-1] == 'q' {
			return false
		}
		if i > 0 && w[i-1] == 'g' && i+1 < len(w) && isPlainVowel(w[i+1]) {
			return false
		}
		return true
	case 'y':
		if i == 0 {
			return len(w) == 1 || !isPlainVowel(w[1])
		}
		if i+1 < len(w) && isPlainVowel(w[i+1]) && w[i+1] != 'i' {
			return !hasVowel(w[:i])
		}
		return true
	}
	return false
}

func isPlainVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// splitsAt reports whether the vowel at w[i], which follows another vowel,
// starts a new syllable: "media", "create", "fluent", "going", "trying".
func splitsAt(w string, i int) bool {
	prev, cur := w[i-1], w[i]
	rest := w[i+1:]
	before := w[:i-1]
	switch {
	case prev == 'y':
		return true // "trying", "dryer": a sounded y ends its syllable
	case cur == 'i' && strings.HasPrefix(rest, "ng") && len(rest) <= 3:
		// -ing after a vowel: "being", "going", "continuing".
		return true
	case prev == 'i' && (cur == 'a' || cur == 'o' || cur == 'u'):
		return !softI(before, cur, rest)
	case prev == 'e' && cur == 'i' && before == "r":
		return hasAnyPrefix(rest, "nf", "ns", "nv", "nt") // "reinstall", not "reign"
	case prev == 'i' && cur == 'e':
		return splitsIE(before, rest)
	case prev == 'e' && cur == 'a':
		// "idea", "area", "create", "reality"; not "sea", "eaten", "real".
		return (rest == "" || rest == "s") && hasVowel(before) ||
			strings.HasPrefix(rest, "bl") || // "agreeable"
			before == "r" && hasAnyPrefix(rest, "rr", "ss", "pp") || // "rearrange"
			strings.HasSuffix(before, "cr") && strings.HasPrefix(rest, "t") ||
			before == "r" && hasAnyPrefix(rest, "li", "ct")
	case prev == 'e' && cur == 'u':
		return before == "r" || rest == "m" || rest == "ms" // "reuse", "museum"
	case prev == 'o' && before == "c":
		// "cooperate", "coordinate", "coincide"; not "cool" or "coin".
		return hasAnyPrefix(rest, "per", "rdin") || cur == 'i' && strings.HasPrefix(rest, "nc")
	case prev == 'e' && cur == 'o':
		return !(strings.HasSuffix(before, "p") ||
			(strings.HasSuffix(before, "g") || strings.HasSuffix(before, "c")) &&
				(strings.HasPrefix(rest, "us") || strings.HasPrefix(rest, "n")))
	case prev == 'o' && cur == 'e':
		return hasAnyPrefix(rest, "m", "t", "v") // "poem", "poet", "whoever"
	case prev == 'o' && cur == 'i':
		return rest == "c" // "heroic", not "voice"
	case prev == 'a' && cur == 'o':
		return true
	case prev == 'u' && (cur == 'a' || cur == 'o'):
		return true
	case prev == 'u' && cur == 'e':
		return hasAnyPrefix(rest, "l", "n", "t")
	case prev == 'u' && cur == 'i':
		return hasAnyPrefix(rest, "d", "n", "ty", "ti", "sm")
	case prev == 'i' && cur == 'i':
		return true
	}
	return false
}

// softI reports whether 'i' before a, o or u is a glide rather than a
// vowel of its own, once a syllable has come before it: after c, t, s, x, g
// or h ("social", "nation", "vision", "anxious", "region", "fashion"), after
// l or n ("million", "familiar", "senior", "genius"), and in "-iage"
// ("marriage"). "-iate", "-iation", "-iable" and "-ium" keep the i
// ("appreciate", "negotiation", "reliable", "medium"), and so do words with
// nothing before ("lion", "giant").
func softI(before string, cur byte, rest string) bool {
	if !hasVowel(before) {
		return false
	}
	if cur == 'a' && hasAnyPrefix(rest, "t", "bl") {
		return false // "appreciate", "reliable"
	}
	if cur == 'u' && !strings.HasPrefix(rest, "s") {
		return false // "helium", "medium"; but "genius", "anxious" glide
	}
	if hasAnySuffix(before, "c", "t", "s", "x", "g", "h", "l", "n") {
		return true
	}
	return cur == 'a' && strings.HasPrefix(rest, "ge") // "marriage(s)"
}

// splitsIE reports whether "ie" is two syllables: "quiet", "client",
// "easier", "easiest", but not "friend", "field" or "cities".
func splitsIE(before, rest string) bool {
	switch {
	case strings.HasPrefix(rest, "t"):
		return true
	case hasAnyPrefix(rest, "nc", "nt"):
		return !softI(before, 'e', rest)
	case rest == "r" || rest == "rs" || rest == "st":
		return hasVowel(before) // "easier", "easiest"; not "pier", "priest"
	}
	return false
}

// silentEnding returns 1 when w ends in a letter group that adds no
// syllable: a final e ("make"), "-es" ("makes") or "-ed" ("looked").
// Consonant + "le" stays syllabic ("table", "tables", "handled"), as do
// "-es" after a hissing sound ("boxes", "places") and "-ed" after t or d
// ("wanted").
func silentEnding(w string) int {
	var stem int // length of w before the ending
	switch {
	case strings.HasSuffix(w, "e"):
		stem = len(w) - 1
	case strings.HasSuffix(w, "es"):
		stem = len(w) - 2
		if hasAnySuffix(w[:stem], "s", "x", "z", "ch", "sh", "c", "g") {
			return 0
		}
	case strings.HasSuffix(w, "ed"):
		stem = len(w) - 2
		if hasAnySuffix(w[:stem], "t", "d") {
			return 0
		}
	default:
		return 0
	}
	if !consonantBefore(w, stem) || syllabicL(w, stem) || syllabicR(w, stem) {
		return 0
	}
	return 1
}

// syllabicR reports a British "-tre"/"-bre" ending whose e is sounded
// ("centre", "fibres", "acres"): w[:end] ends in consonant + r.
func syllabicR(w string, end int) bool {
	return end >= 2 && w[end-1] == 'r' && strings.IndexByte("bcdgkptv", w[end-2]) >= 0
}

// silentInnerE reports a silent e kept before a suffix: "lately",
// "statement", "careful", "useless", "likeness".
func silentInnerE(w string) bool {
	for _, suffix := range [...]string{"ly", "ment", "ments", "ful", "fully", "less", "ness"} {
		stem, ok := strings.CutSuffix(w, "e"+suffix)
		if ok && len(stem) > 2 && consonantBefore(w, len(stem)) && !syllabicL(w, len(stem)) {
			return true
		}
	}
	return false
}

// syllabicL reports whether w[:end] ends in consonant + l, so that an e
// after it is sounded ("table", "handled"); after l, r, w or a vowel the l
// joins the syllable before ("called", "snarled", "howled", "mile").
func syllabicL(w string, end int) bool {
	if end < 2 || w[end-1] != 'l' {
		return false
	}
	c := w[end-2]
	return consonantBefore(w, end-1) && c != 'l' && c != 'r' && c != 'w'
}

// consonantBefore reports whether the letter just before w[end] sounds as
// a consonant in w. Judging it in the whole word matters: the y of
// "played" and the u of "league" are glides there.
func consonantBefore(w string, end int) bool {
	return end > 0 && !isVowelAt(w, end-1)
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
