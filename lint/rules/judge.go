package rules

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
)

// Judge decides whether findings for entry e concern the reader of
// profile p, and at which severity. Every rule that reports glossary
// entries asks it, and so, through Linter.Judge, do explain and glossary
// list, so that they cannot disagree. Who needs a term explained is
// glossary data (the entry's audiences); the severity is the entry's own,
// else the default of the rule that reports its kind for the audience.
func Judge(e *glossary.Entry, p *audience.Profile) (glossary.Severity, bool) {
	if !p.Counts(e) {
		return "", false
	}
	return EntrySeverity(e, p.Audience), true
}
