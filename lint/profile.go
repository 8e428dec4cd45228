package lint

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
)

// Profile describes a kind of reader by thresholds: how much each kind
// of finding matters to them, how many acronyms one text may ask them to
// learn, and how hard a text they read comfortably. Which terms a reader
// already knows is not here but in the glossary, whose entries name the
// audiences they are flagged for (built-in and team glossaries alike).
// Audience affects only which findings appear and their severity, never
// how text is matched.
type Profile struct {
	Audience glossary.Audience
	// Severity is the severity of each kind's findings for this reader
	// when the entry sets none; a kind missing from it is not checked.
	Severity map[glossary.Kind]glossary.Severity
	// MaxAcronyms is how many distinct acronyms a text may use before
	// acronym-density reports it; 0 means no limit.
	MaxAcronyms int
	// TargetGrade is the highest reading grade level the reader is
	// comfortable with, for the readability rules.
	TargetGrade float64
	// MaxSentenceWords is the longest sentence, in words, the reader
	// follows without effort.
	MaxSentenceWords int
	// SentenceSeverity is the severity of each sentence-level rule
	// (long-sentence, readability, passive-voice, hidden-verb) for this
	// reader.
	SentenceSeverity map[string]glossary.Severity
}

// DefaultAudience is the audience when none is chosen: colleagues outside
// IT, the readers dejargon exists for.
const DefaultAudience = glossary.Business

// profileSpec is the read-only description a Profile is built from.
type profileSpec struct {
	severity         map[glossary.Kind]glossary.Severity
	maxAcronyms      int
	targetGrade      float64
	maxSentenceWords int
	sentenceSeverity map[string]glossary.Severity
}

// Severities of the sentence-level rules. Long sentences and a high grade
// lose readers outright, so they warn; passive voice and hidden verbs are
// matters of style and suggest, except that executives get hidden verbs
// as warnings, like wordy phrases, because every extra word costs them.
var (
	sentenceSeverityPlain = map[string]glossary.Severity{
		RuleLongSentence: glossary.Warning, RuleReadability: glossary.Warning,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Suggestion,
	}
	sentenceSeverityExecutive = map[string]glossary.Severity{
		RuleLongSentence: glossary.Warning, RuleReadability: glossary.Warning,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Warning,
	}
	sentenceSeverityTechnical = map[string]glossary.Severity{
		RuleLongSentence: glossary.Suggestion, RuleReadability: glossary.Suggestion,
		RulePassiveVoice: glossary.Suggestion, RuleHiddenVerb: glossary.Suggestion,
	}
)

// profileSpecs holds the four audiences, the one source of these values:
// TestReadmeAudienceTable keeps the README table "Acronyms and audiences"
// in step with it.
var profileSpecs = map[glossary.Audience]profileSpec{
	glossary.General: {
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      2,
		targetGrade:      8,
		maxSentenceWords: 20,
		sentenceSeverity: sentenceSeverityPlain,
	},
	glossary.Business: {
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
		sentenceSeverity: sentenceSeverityPlain,
	},
	glossary.Executive: {
		// Executives skim between meetings: every wordy phrase costs.
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Warning, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Warning},
		maxAcronyms:      3,
		targetGrade:      10,
		maxSentenceWords: 25,
		sentenceSeverity: sentenceSeverityExecutive,
	},
	glossary.Technical: {
		// Colleagues in IT can look up an odd acronym; spelling it out is
		// a courtesy, not a necessity.
		severity:         map[glossary.Kind]glossary.Severity{glossary.Acronym: glossary.Suggestion, glossary.Jargon: glossary.Warning, glossary.Wordy: glossary.Suggestion},
		maxAcronyms:      6,
		targetGrade:      12,
		maxSentenceWords: 30,
		// Colleagues in IT read long technical sentences daily: the
		// sentence rules only suggest.
		sentenceSeverity: sentenceSeverityTechnical,
	},
}

// NewProfile returns the profile for audience a.
func NewProfile(a glossary.Audience) (*Profile, error) {
	if a == "" {
		a = DefaultAudience
	}
	spec, ok := profileSpecs[a]
	if !ok {
		return nil, fmt.Errorf("unknown audience %q (want general, business, executive or technical)", a)
	}
	p := &Profile{
		Audience:         a,
		Severity:         map[glossary.Kind]glossary.Severity{},
		MaxAcronyms:      spec.maxAcronyms,
		TargetGrade:      spec.targetGrade,
		MaxSentenceWords: spec.maxSentenceWords,
		SentenceSeverity: map[string]glossary.Severity{},
	}
	for k, s := range spec.severity {
		p.Severity[k] = s
	}
	for id, s := range spec.sentenceSeverity {
		p.SentenceSeverity[id] = s
	}
	return p, nil
}

// Judge decides whether findings for entry e concern this reader and at
// which severity; check, fix, explain and glossary list all ask it, so
// they cannot disagree. The entry counts when it names the audience (or
// names none) and the profile checks its kind; its severity is the
// entry's own when it sets one, else the profile's for its kind. IT terms
// such as "latency" name only the non-technical audiences in the built-in
// glossary, which is how technical readers accept them, and everyday
// acronyms such as CEO name no audience at all.
func (p *Profile) Judge(e *glossary.Entry) (glossary.Severity, bool) {
	kind := p.Severity[e.Kind]
	if !e.AppliesTo(p.Audience) || kind == "" {
		return "", false
	}
	if e.Severity != "" {
		return e.Severity, true
	}
	return kind, true
}
