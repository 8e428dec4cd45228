package inflect

import "strings"

// Dialect is a national spelling standard.
type Dialect uint8

// The dialects. Neutral means a word is spelled alike in both, or that it
// mixes them, or that this package cannot tell.
const (
	Neutral Dialect = iota
	American
	British
)

func (d Dialect) String() string {
	switch d {
	case American:
		return "American"
	case British:
		return "British"
	}
	return "neutral"
}

// Spellings returns the British and American spellings of a lower-case word
// (the word itself first), e.g. utilize → utilise, colored → coloured,
// modeling → modelling, catalogs → catalogues. It works on inflected words
// and possessives as well as base words, so callers may apply it to Forms
// or the other way round. The -or/-our, -er/-re and most other changes are
// closed lists because a general rule would turn one word into another
// (humorous has no u in Britain, a gas meter is not a metre). A word with
// no other spelling comes back alone.
func Spellings(word string) []string {
	out := []string{word}
	seen := map[string]bool{word: true}
	// Changes combine (colorization → colourisation), so keep applying the
	// rules to new spellings; two rounds cover every combination we have.
	for i := 0; i < len(out) && i < 8; i++ {
		for _, v := range alternatives(out[i]) {
			if !seen[v.text] {
				seen[v.text] = true
				out = append(out, v.text)
			}
		}
	}
	return out
}

// DialectOf says which spelling standard word follows: American for
// "utilize" or "color", British for "colour" or "travelled", Neutral when
// both spell it alike ("use"), when the word mixes the two, or when its
// spelling is also right in the other standard (license, program).
func DialectOf(word string) Dialect {
	is := Neutral
	for _, v := range alternatives(strings.ToLower(word)) {
		if v.shared {
			continue
		}
		d := American
		if v.dialect == American {
			d = British
		}
		if is != Neutral && is != d {
			return Neutral
		}
		is = d
	}
	return is
}

// Respell converts word to dialect d where it has a spelling there
// (Respell("traveled", British) = "travelled"), keeping its capitalisation,
// and returns it unchanged otherwise. Spellings that are also correct in d
// are kept (license stays license in British, as the verb is so spelled).
// The fixer uses it to make an inflected replacement follow the dialect of
// the text it goes into: Respell(Inflect("travel", Past), DialectOf(written)).
func Respell(word string, d Dialect) string {
	if d == Neutral {
		return word
	}
	cur := strings.ToLower(word)
	for range 4 {
		changed := false
		for _, v := range alternatives(cur) {
			if v.dialect == d && !v.shared {
				cur, changed = v.text, true
				break
			}
		}
		if !changed {
			break
		}
	}
	if cur == strings.ToLower(word) {
		return word
	}
	return MatchCase(word, cur)
}

// variant is another spelling of a word. dialect is the standard the other
// spelling belongs to; shared means the original spelling is also correct
// in that standard, so it must not be "corrected".
type variant struct {
	text    string
	dialect Dialect
	shared  bool
}

// alternatives returns the spellings one rule away from word.
func alternatives(word string) []variant {
	// A possessive ending is kept aside and put back on every result.
	stem, poss := word, ""
	switch {
	case strings.HasSuffix(word, "'s"):
		stem, poss = word[:len(word)-2], "'s"
	case strings.HasSuffix(word, "'"):
		stem, poss = word[:len(word)-1], "'"
	}
	if !plainWord(stem) {
		return nil
	}
	var out []variant
	for _, rule := range spellingRules {
		for _, v := range rule(stem) {
			if v.text != stem {
				v.text += poss
				out = append(out, v)
			}
		}
	}
	return out
}

var spellingRules = []func(string) []variant{izeRule, ourRule, llRule, pairRule}

// izeSuffixes pairs American and British endings of -ize and -yze words in
// all their forms.
var izeSuffixes = [][2]string{
	{"izationally", "isationally"}, {"izational", "isational"},
	{"izations", "isations"}, {"ization", "isation"}, {"izing", "ising"},
	{"izers", "isers"}, {"izer", "iser"}, {"izes", "ises"}, {"ized", "ised"},
	{"izable", "isable"}, {"ize", "ise"},
	{"yzing", "ysing"}, {"yzers", "ysers"}, {"yzer", "yser"}, {"yzes", "yses"},
	{"yzed", "ysed"}, {"yze", "yse"},
}

// noIze lists -ise words that are never spelled -ize: the -ise is part of
// the root, not the verb ending. Stems ending in a vowel, c, v, w or pr are
// excluded by rule in izeRule (raise, exercise, advise, otherwise, surprise).
var noIze = map[string]bool{
	"promise": true, "premise": true, "compromise": true, "demise": true,
	"surmise": true, "chemise": true, "paradise": true, "expertise": true,
	"treatise": true, "mortise": true, "advertise": true, "chastise": true,
	"franchise": true, "disenfranchise": true, "despise": true,
	"sunrise": true, "moonrise": true, "merchandise": true, "practise": true, "precise": true,
}

// izeRule swaps -ize and -ise (and -yze and -yse) in every form. Short
// stems are left alone: prize, seize and size are not -ize verbs, nor are
// capsize and downsize, whose stems end in s after a consonant.
func izeRule(word string) []variant {
	for _, p := range izeSuffixes {
		if stem, ok := strings.CutSuffix(word, p[0]); ok {
			if len(stem) < 3 || sizeStem(stem) {
				return nil
			}
			return []variant{{text: stem + p[1], dialect: British}}
		}
		if stem, ok := strings.CutSuffix(word, p[1]); ok {
			if len(stem) < 3 || !iseIsVerbEnding(stem, p[1][0] == 'y') {
				return nil
			}
			// "analyses" is also the plural of analysis, which is the same in
			// both standards, so the spelling is not evidence of British.
			shared := p[1] == "yses"
			return []variant{{text: stem + p[0], dialect: American, shared: shared}}
		}
	}
	return nil
}

func sizeStem(stem string) bool {
	n := len(stem)
	return stem[n-1] == 's' && !isVowel(stem[n-2])
}

// iseIsVerbEnding reports whether stem+"ise" is the British spelling of an
// -ize verb rather than a word whose root ends in -ise.
func iseIsVerbEnding(stem string, yse bool) bool {
	if yse {
		return true // analyse, paralyse: every -lyse word has a -lyze form
	}
	last := stem[len(stem)-1]
	if isVowel(last) || last == 'c' || last == 'v' || last == 'w' ||
		strings.HasSuffix(stem, "pr") || sizeStem(stem) {
		return false
	}
	return !noIze[stem+"ise"]
}

// ourStems are the American stems that take -our in Britain. Endings are
// limited to ourSuffixes, because derivatives in -ous, -ary, -ific and -ize
// have no u in either standard (humorous, honorary, vaporize).
var ourStems = []string{
	"ard", "arm", "behavi", "cand", "clam", "col", "demean", "endeav",
	"fav", "ferv", "flav", "harb", "hon", "hum", "lab", "neighb", "od",
	"parl", "rig", "rum", "sav", "savi", "splend", "tum", "val", "vap",
	"vig",
}

var ourPrefixes = []string{"", "dis", "mis", "un", "water", "multi"}

var ourSuffixes = map[string]bool{
	"": true, "s": true, "ed": true, "ing": true, "ings": true, "ful": true,
	"fully": true, "fulness": true, "ite": true, "ites": true, "able": true,
	"ably": true, "al": true, "ally": true, "er": true, "ers": true,
	"less": true, "hood": true, "hoods": true, "ly": true, "y": true,
}

func ourRule(word string) []variant {
	for _, pre := range ourPrefixes {
		rest, ok := strings.CutPrefix(word, pre)
		if !ok {
			continue
		}
		for _, s := range ourStems {
			end, ok := strings.CutPrefix(rest, s)
			if !ok {
				continue
			}
			if suf, ok := strings.CutPrefix(end, "our"); ok && ourSuffixes[suf] {
				return []variant{{text: pre + s + "or" + suf, dialect: American}}
			}
			if suf, ok := strings.CutPrefix(end, "or"); ok && ourSuffixes[suf] {
				return []variant{{text: pre + s + "our" + suf, dialect: British}}
			}
		}
	}
	return nil
}

var llSuffixes = []string{"ed", "ing", "ings", "er", "ers", "or", "ors"}

// llRule doubles the l of llVerbs before a suffix in British spelling
// (travelled, modelling, counsellor) and undoes it for American.
func llRule(word string) []variant {
	for _, suf := range llSuffixes {
		stem, ok := strings.CutSuffix(word, suf)
		if !ok {
			continue
		}
		if llVerbs[stem] {
			return []variant{{text: stem + "l" + suf, dialect: British}}
		}
		if single, ok := strings.CutSuffix(stem, "l"); ok && llVerbs[single] {
			return []variant{{text: single + suf, dialect: American}}
		}
	}
	return nil
}

// spellingPair is a closed-list pair of American and British base words;
// their forms correspond too (centered/centred, catalogs/catalogues).
// usShared marks American spellings that are also British in some use
// (the verb license, computer programs); bothShared marks pairs where each
// spelling is used in both countries.
type spellingPair struct {
	us, uk               string
	usShared, bothShared bool
}

var spellingPairs = []spellingPair{
	{us: "center", uk: "centre"}, {us: "epicenter", uk: "epicentre"},
	{us: "theater", uk: "theatre"}, {us: "fiber", uk: "fibre"},
	{us: "liter", uk: "litre"}, {us: "caliber", uk: "calibre"},
	{us: "somber", uk: "sombre"}, {us: "specter", uk: "spectre"},
	{us: "luster", uk: "lustre"}, {us: "meager", uk: "meagre"},
	{us: "saber", uk: "sabre"}, {us: "kilometer", uk: "kilometre"},
	{us: "centimeter", uk: "centimetre"}, {us: "millimeter", uk: "millimetre"},
	{us: "maneuver", uk: "manoeuvre"},
	{us: "catalog", uk: "catalogue", bothShared: true},
	{us: "dialog", uk: "dialogue", bothShared: true},
	{us: "analog", uk: "analogue", bothShared: true},
	{us: "prolog", uk: "prologue"}, {us: "epilog", uk: "epilogue"},
	{us: "monolog", uk: "monologue"}, {us: "travelog", uk: "travelogue"},
	{us: "program", uk: "programme", usShared: true},
	{us: "judgment", uk: "judgement"},
	{us: "acknowledgment", uk: "acknowledgement"},
	{us: "license", uk: "licence", usShared: true},
	{us: "practice", uk: "practise", usShared: true},
	{us: "defense", uk: "defence"}, {us: "offense", uk: "offence"},
	{us: "pretense", uk: "pretence"},
	{us: "enroll", uk: "enrol"}, {us: "enrollment", uk: "enrolment"},
	{us: "fulfill", uk: "fulfil"}, {us: "fulfillment", uk: "fulfilment"},
	{us: "distill", uk: "distil"}, {us: "instill", uk: "instil"},
	{us: "installment", uk: "instalment"}, {us: "skillful", uk: "skilful"},
	{us: "willful", uk: "wilful"}, {us: "enthrall", uk: "enthral"},
	{us: "jewelry", uk: "jewellery"},
	{us: "aging", uk: "ageing"}, {us: "gray", uk: "grey"},
	{us: "mold", uk: "mould"}, {us: "smolder", uk: "smoulder"},
	{us: "plow", uk: "plough"}, {us: "aluminum", uk: "aluminium"},
	{us: "artifact", uk: "artefact"}, {us: "cozy", uk: "cosy"},
	{us: "skeptic", uk: "sceptic"}, {us: "skeptical", uk: "sceptical"},
	{us: "skepticism", uk: "scepticism"}, {us: "mustache", uk: "moustache"},
	{us: "pajamas", uk: "pyjamas"}, {us: "airplane", uk: "aeroplane"},
	{us: "encyclopedia", uk: "encyclopaedia"},
	{us: "pediatric", uk: "paediatric"}, {us: "anesthetic", uk: "anaesthetic"},
	{us: "fetus", uk: "foetus"}, {us: "sulfur", uk: "sulphur"},
	{us: "omelet", uk: "omelette"}, {us: "tidbit", uk: "titbit"},
	{us: "woolen", uk: "woollen"}, {us: "behoove", uk: "behove"},
}

// pairRule maps a word in one of spellingPairs, in any of its forms, to the
// same form of its partner.
func pairRule(word string) []variant {
	var out []variant
	for _, p := range spellingPairs {
		if !strings.HasPrefix(word, p.us[:2]) && !strings.HasPrefix(word, p.uk[:2]) {
			continue // cheap filter: forms keep the first two letters
		}
		if alt, ok := partnerForm(word, p.us, p.uk); ok {
			out = append(out, variant{text: alt, dialect: British, shared: p.usShared || p.bothShared})
		}
		if alt, ok := partnerForm(word, p.uk, p.us); ok {
			out = append(out, variant{text: alt, dialect: American, shared: p.bothShared})
		}
	}
	return out
}

// partnerForm finds word among the preferred forms of from and returns the
// same form of to.
func partnerForm(word, from, to string) (string, bool) {
	if word == from {
		return to, true
	}
	if !strings.HasPrefix(word, from[:len(from)-2]) {
		return "", false
	}
	for _, f := range labelledForms(from, true) {
		if f.text != word {
			continue
		}
		for _, t := range labelledForms(to, true) {
			if t.form == f.form {
				return t.text, true
			}
		}
	}
	return "", false
}
