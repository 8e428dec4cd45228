// Package rules holds every rule dejargon runs, each described once by an
// analysis.Rule: its id, title, documentation, default severity for each
// audience, and the check that reports it. A new rule is one file with
// its Rule value and one line in All.
package rules

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
)

// All returns every rule, in the order the README and `dejargon config`
// list them. The slice is new on each call; the rules are shared and must
// not be changed.
func All() []*analysis.Rule {
	return []*analysis.Rule{
		Jargon,
		Wordy,
		AcronymUndefined,
		AcronymLateDefinition,
		AcronymDensity,
		LongSentence,
		Readability,
		PassiveVoice,
		HiddenVerb,
		RareWord,
		DisableDirective,
	}
}

// ByID returns the rule with id, or nil.
func ByID(id string) *analysis.Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// IDs returns every rule id, in the order of All.
func IDs() []string {
	all := All()
	ids := make([]string, len(all))
	for i, r := range all {
		ids[i] = r.ID
	}
	return ids
}

// ForKind returns the rule that reports glossary entries of kind k.
func ForKind(k glossary.Kind) *analysis.Rule {
	switch k {
	case glossary.Jargon:
		return Jargon
	case glossary.Wordy:
		return Wordy
	}
	return AcronymUndefined
}

// EntrySeverity is the severity of findings for entry e for readers of
// audience a: the entry's own severity when it sets one, else the
// default of the rule that reports its kind.
func EntrySeverity(e *glossary.Entry, a glossary.Audience) glossary.Severity {
	if e.Severity != "" {
		return e.Severity
	}
	return ForKind(e.Kind).SeverityFor(a)
}

// except gives every audience severity s but those listed in other.
func except(s glossary.Severity, other map[glossary.Audience]glossary.Severity) map[glossary.Audience]glossary.Severity {
	m := analysis.Everyone(s)
	for a, o := range other {
		m[a] = o
	}
	return m
}
