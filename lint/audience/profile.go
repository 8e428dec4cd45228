package audience

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// Profile describes a kind of reader by thresholds: how many acronyms one
// text may ask them to learn and how hard a text they read comfortably.
// Which terms a reader already knows is not here but in the glossary,
// whose entries name the audiences they are flagged for (built-in and
// team glossaries alike); how much each rule matters to them is the
// rule's own data (analysis.Rule.Severity). Audience affects only which
// findings appear and their severity, never how text is matched.
type Profile struct {
	Audience glossary.Audience
	// MaxAcronyms is how many distinct acronyms a text may use before
	// acronym-density reports it; 0 means no limit.
	MaxAcronyms int
	// TargetGrade is the highest reading grade level the reader is
	// comfortable with, for the readability rules.
	TargetGrade float64
	// MaxSentenceWords is the longest sentence, in words, the reader
	// follows without effort.
	MaxSentenceWords int
	// RareWordBelow is the Zipf frequency under which a word is rare for
	// this reader (rare-word); wordfreq.Off reports none. The default for
	// each audience is wordfreq.Threshold; a config may set another.
	RareWordBelow wordfreq.Zipf
}

// DefaultAudience is the audience when none is chosen: colleagues outside
// IT, the readers dejargon exists for.
const DefaultAudience = glossary.Business

// profileSpec is the read-only description a Profile is built from.
type profileSpec struct {
	maxAcronyms      int
	targetGrade      float64
	maxSentenceWords int
}

// profileSpecs holds the four audiences, the one source of these values:
// a test keeps the README table "Acronyms and audiences" in step.
var profileSpecs = map[glossary.Audience]profileSpec{
	glossary.General: {
		maxAcronyms:      2,
		targetGrade:      8,
		maxSentenceWords: 20,
	},
	glossary.Business: {
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
	},
	glossary.Executive: {
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
	},
	glossary.Technical: {
		maxAcronyms:      6,
		targetGrade:      12,
		maxSentenceWords: 30,
	},
}

// NewProfile returns the profile for audience a.
func NewProfile(a glossary.Audience) (*Profile, error) {
	if a == "" {
		a = DefaultAudience
	}
	spec, ok := profileSpecs[a]
	if !ok {
		names := make([]string, len(glossary.Audiences))
		for i, x := range glossary.Audiences {
			names[i] = string(x)
		}
		return nil, fmt.Errorf("unknown audience %q (want %s)", a, strings.Join(names, ", "))
	}
	p := &Profile{
		Audience:         a,
		MaxAcronyms:      spec.maxAcronyms,
		TargetGrade:      spec.targetGrade,
		MaxSentenceWords: spec.maxSentenceWords,
		RareWordBelow:    wordfreq.Threshold(a),
	}
	return p, nil
}

// Counts reports whether findings for entry e concern this reader: the
// entry names the audience, or names none. IT terms such as "latency"
// name only the non-technical audiences in the built-in glossary, which
// is how technical readers accept them; everyday acronyms such as CEO
// name no one (glossary.Nobody). rules.Judge adds the severity.
func (p *Profile) Counts(e *glossary.Entry) bool {
	return e.AppliesTo(p.Audience)
}
