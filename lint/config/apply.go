package config

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// failNone is the fail_on value that never fails a run.
const failNone = "none"

// FailOnValues lists the values fail_on and --fail-on take, most serious
// first: the severities, then none.
func FailOnValues() []string {
	out := make([]string, 0, len(glossary.Severities)+1)
	for _, s := range glossary.Severities {
		out = append(out, string(s))
	}
	return append(out, failNone)
}

// FailRank turns a fail_on value into the lowest severity rank that fails
// a run; "none" never fails. ok is false for an unknown value.
func FailRank(failOn string) (rank int, ok bool) {
	if failOn == failNone {
		return 1 << 30, true
	}
	r := glossary.Severity(failOn).Rank()
	return r, r > 0
}

// Fails reports whether any finding is at or above the fail_on that
// applies to its own path.
func (r *Resolver) Fails(findings []lint.Finding) bool {
	for i := range findings {
		f := &findings[i]
		failOn := r.flags.FailOn
		if e, err := r.Effective(f.Path); err == nil {
			failOn = e.FailOnValue()
		}
		if failOn == "" {
			failOn = string(glossary.Suggestion)
		}
		if rank, ok := FailRank(failOn); ok && f.Severity.Rank() >= rank {
			return true
		}
	}
	return false
}

// ApplyBaselines drops the findings recorded in the baseline that applies
// to each finding's path (--baseline, or the baseline key of its config).
// Findings with no baseline are all kept. hidden counts the findings
// dropped, so the report can say how many the baseline hid.
func (r *Resolver) ApplyBaselines(findings []lint.Finding) (kept []lint.Finding, hidden int, err error) {
	return r.NewBaselineFilter().Apply(findings)
}
