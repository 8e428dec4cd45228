package inflect

// Form names a grammatical form of a word: which ending a draft put on a
// glossary term, and so which ending its replacement needs.
type Form uint8

// The forms. The three "Or" forms exist because English spells some forms
// alike: "leveraged" may be a past tense or a past participle, "leverages" a
// verb or a plural noun, "set" a present or a past. FormOf reports such an
// ambiguous form instead of guessing, and Inflect only writes a replacement
// when every reading gives the same text (see Inflect).
const (
	Base             Form = iota // leverage
	ThirdPerson                  // leverages (she leverages)
	Past                         // took
	PastParticiple               // taken
	Gerund                       // leveraging (also the present participle)
	Plural                       // synergies
	Possessive                   // synergy's
	PluralPossessive             // synergies'
	Nominal                      // utilization, the action noun of utilize
	NominalPlural                // utilizations
	PastOrParticiple             // leveraged, spun: past and participle alike
	ThirdOrPlural                // leverages: a verb or a plural noun
	BaseOrPast                   // set, put: present and past alike
)

var formNames = [...]string{
	Base:             "base",
	ThirdPerson:      "third person",
	Past:             "past",
	PastParticiple:   "past participle",
	Gerund:           "gerund",
	Plural:           "plural",
	Possessive:       "possessive",
	PluralPossessive: "plural possessive",
	Nominal:          "nominal",
	NominalPlural:    "nominal plural",
	PastOrParticiple: "past or past participle",
	ThirdOrPlural:    "third person or plural",
	BaseOrPast:       "base or past",
}

// String names the form for messages and test failures.
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "unknown form"
}
